package vn.provinceplans.jobs;

/** Where a run reports what it is doing: the stage, and how many items of how many are done. */
public interface Progress {

    void stage(String name, String detail);

    void advance(String stage, long done, long total, String unit);

    Progress SILENT = new Progress() {
        @Override
        public void stage(String name, String detail) {
        }

        @Override
        public void advance(String stage, long done, long total, String unit) {
        }
    };
}
