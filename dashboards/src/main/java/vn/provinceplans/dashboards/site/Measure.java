package vn.provinceplans.dashboards.site;

/**
 * The five index measures the marts carry per province and year ({@code province_year.<key>_score} …), with the
 * names and publishers a chart's source line cites.
 */
enum Measure {

    PAPI_CORE6("papi_core6", "PAPI", "PAPI – 6 nội dung gốc (so sánh được 2011–2024)",
            "Chỉ số Hiệu quả Quản trị và Hành chính công cấp tỉnh, tổng 6 nội dung gốc (thang 6–60)",
            "CECODES, RTA & UNDP"),
    PAPI_TOTAL("papi_total", "PAPI", "PAPI – điểm tổng hợp",
            "PAPI tổng hợp: 6 nội dung (6–60) đến 2017, 8 nội dung (8–80) từ 2018 — hai chuỗi không nối",
            "CECODES, RTA & UNDP"),
    PCI("pci", "PCI", "PCI – Năng lực cạnh tranh cấp tỉnh",
            "Chỉ số Năng lực cạnh tranh cấp tỉnh (thang 0–100); phương pháp mới từ 2013", "VCCI"),
    SIPAS("sipas", "SIPAS", "SIPAS – Hài lòng về sự phục vụ hành chính",
            "Chỉ số hài lòng của người dân, tổ chức về sự phục vụ của cơ quan hành chính (%); bộ câu hỏi mới từ 2022",
            "Bộ Nội vụ"),
    PAR_INDEX("par_index", "PAR_INDEX", "PAR INDEX – Cải cách hành chính",
            "Chỉ số cải cách hành chính (%); bộ tiêu chí mới từ 2022", "Bộ Nội vụ");

    final String key;
    final String indexName;
    final String label;
    final String description;
    final String publisher;

    Measure(String key, String indexName, String label, String description, String publisher) {
        this.key = key;
        this.indexName = indexName;
        this.label = label;
        this.description = description;
        this.publisher = publisher;
    }

    static Measure of(String key) {
        for (Measure m : values()) {
            if (m.key.equals(key)) {
                return m;
            }
        }
        throw new IllegalArgumentException("unknown measure " + key);
    }

    /** "PAPI (CECODES, RTA & UNDP)": the index and who publishes it. */
    String citation() {
        return indexName.replace('_', ' ') + " (" + publisher + ")";
    }
}
