package vn.provinceplans.jobs.io;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;

import org.apache.hadoop.conf.Configuration;

import vn.provinceplans.jobs.RunOptions;

/**
 * The listings of a run's input folders: the path, size, modification time and problem of every file under the
 * documents folder, the registers folder and the index folders. Listing only, on the driver, no Spark job: a look at
 * 100 000 files costs what the scan stage of a run costs. A watch compares two of them to know when to run; a run
 * derives from them what each table is computed from ({@code TableFingerprints}).
 */
public record InputListings(Folder documents, Folder registers, List<Folder> indices) {

    /** One folder's listing, or why it could not be listed (which the run then reports). */
    public record Folder(URI uri, List<InputFile> files, String problem) {
    }

    /** @param registers null for a run without --registers */
    public InputListings {
        indices = List.copyOf(indices);
    }

    public static InputListings of(RunOptions options, Configuration hadoop) {
        List<Folder> indices = new ArrayList<>();
        for (URI uri : options.indices()) {
            indices.add(list(uri, hadoop));
        }
        return new InputListings(list(options.input(), hadoop),
                options.registers() == null ? null : list(options.registers(), hadoop), indices);
    }

    private static Folder list(URI uri, Configuration hadoop) {
        try {
            return new Folder(uri, InputScanner.scan(uri, hadoop), null);
        } catch (java.io.IOException | RuntimeException e) {
            return new Folder(uri, List.of(), String.valueOf(e.getMessage()));
        }
    }

    /** The --input folder's listing as a run takes it; null when it could not be listed (the run says why). */
    public List<InputFile> input() {
        return documents.problem() == null ? documents.files() : null;
    }

    /** Files listed, over every folder. */
    public long fileCount() {
        return documents.files().size() + (registers == null ? 0 : registers.files().size())
                + indices.stream().mapToLong(f -> f.files().size()).sum();
    }
}
