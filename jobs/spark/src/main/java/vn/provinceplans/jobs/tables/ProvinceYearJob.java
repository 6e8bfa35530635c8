package vn.provinceplans.jobs.tables;

/** province_year: the comparison table, one row per provincial unit and year (ppw/marts/province_year.sql). */
public final class ProvinceYearJob extends MartJob {

    @Override
    public String table() {
        return "province_year";
    }
}
