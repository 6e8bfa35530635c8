package vn.provinceplans.jobs.io;

import java.io.IOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;

import org.apache.hadoop.conf.Configuration;

import vn.provinceplans.jobs.RunOptions;

/**
 * What a watch compares between two looks at a run's inputs: the listing (path, size, modification time and
 * problem of every file) of the documents folder, the registers folder and the index folders. Listing only, on the
 * driver, no Spark job: a look at 100 000 files costs what the scan stage of a run costs.
 */
public record WatchedInputs(List<Folder> folders) {

    /** One folder's listing, or why it could not be listed (which the run then reports). */
    public record Folder(URI uri, List<InputFile> files, String problem) {
    }

    public static WatchedInputs of(RunOptions options, Configuration hadoop) {
        List<URI> uris = new ArrayList<>();
        uris.add(options.input()); // first: see input()
        if (options.registers() != null) {
            uris.add(options.registers());
        }
        uris.addAll(options.indices());
        List<Folder> folders = new ArrayList<>();
        for (URI uri : uris) {
            try {
                folders.add(new Folder(uri, InputScanner.scan(uri, hadoop), null));
            } catch (IOException | RuntimeException e) {
                folders.add(new Folder(uri, List.of(), String.valueOf(e.getMessage())));
            }
        }
        return new WatchedInputs(List.copyOf(folders));
    }

    /** The --input folder's listing as a run takes it; null when it could not be listed (the run says why). */
    public List<InputFile> input() {
        Folder input = folders.get(0);
        return input.problem() == null ? input.files() : null;
    }

    /** Files listed, over every folder. */
    public long fileCount() {
        return folders.stream().mapToLong(f -> f.files().size()).sum();
    }
}
