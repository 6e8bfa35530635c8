package vn.provinceplans.jobs.tables;

/** province_year_rollup: province_year rolled up to the 34 current units (ppw/marts/province_year_rollup.sql). */
public final class ProvinceYearRollupJob extends MartJob {

    @Override
    public String table() {
        return "province_year_rollup";
    }
}
