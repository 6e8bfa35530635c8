package vn.provinceplans.jobs.tables;

/** province_index_year: each former province's index scores in long form (ppw/marts/province_index_year.sql). */
public final class ProvinceIndexYearJob extends MartJob {

    @Override
    public String table() {
        return "province_index_year";
    }
}
