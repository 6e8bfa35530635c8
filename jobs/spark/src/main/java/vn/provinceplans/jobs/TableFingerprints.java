package vn.provinceplans.jobs;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import vn.provinceplans.extract.ExtractorVersion;
import vn.provinceplans.jobs.io.InputFile;
import vn.provinceplans.jobs.io.InputListings;
import vn.provinceplans.schema.CodeVersion;
import vn.provinceplans.schema.Contract;

/**
 * One hash per table of what the table is computed from: the code (this build's jobs, contract, extractor and Spark
 * version) and the {@link TableSource}s its job names. A run records each table's hash in its manifest; the next run
 * links a table whose hash is unchanged from that snapshot instead of computing it again, the way a build tool skips
 * a target whose inputs did not change.
 *
 * <p>Files count as unchanged by path, size and modification time, as the extraction cache does; a source that could
 * not be listed hashes its problem, so it never matches a listing that worked.
 */
public final class TableFingerprints {

    private final String code;
    private final Map<TableSource, String> sources;

    TableFingerprints(String code, Map<TableSource, String> sources) {
        this.code = code;
        this.sources = Map.copyOf(sources);
    }

    /** The fingerprints of a run with {@code options} over inputs listed as {@code listings}. */
    public static TableFingerprints of(String code, RunOptions options, InputListings listings) {
        Map<TableSource, String> sources = new EnumMap<>(TableSource.class);
        sources.put(TableSource.DOCUMENTS, hash(folder(listings.documents()), "max-file-bytes "
                + options.maxFileBytes()));
        sources.put(TableSource.REGISTERS, listings.registers() == null ? hash("no registers")
                : hash(folder(listings.registers())));
        sources.put(TableSource.INDICES, hash(listings.indices().stream().map(TableFingerprints::folder)
                .toArray(String[]::new)));
        sources.put(TableSource.AS_OF, hash(options.asOf().toString()));
        return new TableFingerprints(code, sources);
    }

    /** The fingerprint of a table computed from {@code tableSources}. */
    public String of(Set<TableSource> tableSources) {
        Set<String> parts = new LinkedHashSet<>();
        parts.add("code " + code);
        for (TableSource s : TableSource.values()) {
            if (tableSources.contains(s)) {
                parts.add(s + " " + sources.get(s));
            }
        }
        return hash(parts);
    }

    /**
     * These fingerprints with {@code source} as it was when its fingerprint was {@code fingerprint}: with the
     * documents of the published snapshot, every table's fingerprint equal to the published one's says that nothing
     * but the documents changed.
     */
    public TableFingerprints withSource(TableSource source, String fingerprint) {
        Map<TableSource, String> changed = new EnumMap<>(sources);
        changed.put(source, fingerprint);
        return new TableFingerprints(code, changed);
    }

    /** The fingerprint of one source alone, such as the documents a run's facts come from. */
    public String source(TableSource source) {
        return sources.get(source);
    }

    /**
     * The version of the code that computes the tables, on {@code sparkVersion}: any change to the jobs, the contract
     * or the extractor computes every table again.
     */
    public static String codeVersion(String sparkVersion) {
        String v = jobsAndContract;
        if (v == null) {
            Set<Path> locations = new LinkedHashSet<>();
            for (Class<?> c : List.of(TableFingerprints.class, Contract.class)) {
                locations.add(CodeVersion.location(c));
            }
            // One jar holding everything (the dist jar) is versioned once, as the extractor's.
            locations.remove(CodeVersion.location(ExtractorVersion.class));
            v = hash(locations.stream().map(CodeVersion::of).toArray(String[]::new));
            jobsAndContract = v;
        }
        return hash("extractor " + ExtractorVersion.current(), "jobs and contract " + v, "spark " + sparkVersion);
    }

    private static volatile String jobsAndContract;

    /** The hash of a folder's listing, each file's stamp fed to the digest in turn, never all at once as text. */
    private static String folder(InputListings.Folder folder) {
        if (folder.problem() != null) {
            return hash(folder.uri().toString(), "problem " + folder.problem());
        }
        return hash(() -> java.util.stream.Stream.concat(java.util.stream.Stream.of(folder.uri().toString()),
                folder.files().stream().sorted(Comparator.comparing(InputFile::uri))
                        .map(f -> f.uri() + "\t" + f.bytes() + "\t" + f.modified() + "\t" + f.problem()))
                .iterator());
    }

    private static String hash(String... parts) {
        return hash(List.of(parts));
    }

    private static String hash(Iterable<String> parts) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (String p : parts) {
                sha.update(p.getBytes(StandardCharsets.UTF_8));
                sha.update((byte) 0);
            }
            return java.util.HexFormat.of().formatHex(sha.digest()).substring(0, 32);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
