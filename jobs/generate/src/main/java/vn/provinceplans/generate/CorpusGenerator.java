package vn.provinceplans.generate;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeSet;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import vn.provinceplans.extract.reference.Gazetteer;
import vn.provinceplans.extract.reference.Province;
import vn.provinceplans.extract.text.Fold;

/**
 * Writes a synthetic national corpus: plans, reports and directives of provinces, districts, communes and
 * departments, 2016–2025, in the layouts and with the traps of real documents (header tables flattened to '|'
 * lines, header cells on separate lines, hard line breaks inside sentences and dates, metadata blocks at the top
 * or the bottom, related-document lists, text cut off with '[...]', documents with no header, decomposed
 * characters, tabs and no-break spaces, HTML pages), plus a truth file in the eval format for every document.
 *
 * <p>Every document is marked synthetic in its own text (first line {@code [synthetic]}, or
 * {@code <meta name="synthetic" content="true">} in HTML). Document i depends only on (seed, i), so the first
 * thousand documents of a 100k corpus are the 1k corpus of the same seed.
 */
public final class CorpusGenerator {

    /** The eval truth columns: those of the labelled seeds, then the facts the fact extractors add. */
    public static final List<String> TRUTH_COLUMNS = List.of("file", "doc_number", "doc_type", "issuer",
            "issuer_level", "province", "district", "issue_date", "signer", "period_start", "period_end",
            "parent_doc_number", "mentions_sipas", "mentions_papi", "mentions_pci", "sub_plan_deadline",
            "six_month_report_deadline", "annual_report_deadline", "model_registration_deadline",
            "models_target_per_unit", "self_assessment_deadline", "other_deadline", "models_registered",
            "models_recognized", "models_cumulative", "models_other", "index_names", "notes");
    public static final List<String> CITATION_COLUMNS = List.of("file", "cited_number", "cited_kind",
            "cited_issuer", "cited_year", "cited_date", "in_body");

    /** Central documents the genre cites, with their real issuers and dates. */
    private static final String[][] CENTRAL = {
        {"Kết luận", "120-KL/TW", "KL", "Bộ Chính trị", "2016", "2016-01-07"},
        {"Kết luận", "114-KL/TW", "KL", "Ban Bí thư", "2015", "2015-07-14"},
        {"Chỉ thị", "16/CT-TTg", "CT", "Thủ tướng Chính phủ", "2016", "2016-05-16"},
        {"Chỉ thị", "33/CT-TTg", "CT", "Thủ tướng Chính phủ", "2021", "2021-11-26"},
        {"Nghị định", "04/2015/NĐ-CP", "ND", "Chính phủ", "2015", "2015-01-09"},
        {"Nghị định", "59/2023/NĐ-CP", "ND", "Chính phủ", "2023", "2023-08-14"},
        {"Nghị định", "149/2018/NĐ-CP", "ND", "Chính phủ", "2018", "2018-11-07"},
        {"Pháp lệnh", "34/2007/PL-UBTVQH11", "PL", "Ủy ban Thường vụ Quốc hội", "2007", "2007-04-20"},
        {"Quyết định", "217-QĐ/TW", "QD", "Ban Chấp hành Trung ương", "2013", "2013-12-12"},
    };
    private static final String[] FILLER = {
        "Tăng cường công tác lãnh đạo, chỉ đạo và tổ chức thực hiện có hiệu quả quy chế dân chủ ở cơ sở gắn với "
                + "nhiệm vụ phát triển kinh tế - xã hội của địa phương.",
        "Theo dõi, nắm chắc tình hình, tâm trạng Nhân dân, kịp thời giải quyết những vấn đề bức xúc, kiến nghị "
                + "chính đáng của Nhân dân, không để xảy ra “điểm nóng”.",
        "Thực hiện nghiêm túc phương châm “Dân biết, dân bàn, dân làm, dân kiểm tra, dân giám sát, dân thụ hưởng”.",
        "Nâng cao đạo đức công vụ, tinh thần trách nhiệm, kỷ luật, kỷ cương hành chính của đội ngũ cán bộ, công "
                + "chức, viên chức, nhất là bộ phận thường xuyên tiếp xúc với Nhân dân.",
        "Thực hiện tốt công tác tiếp công dân, đối thoại trực tiếp với Nhân dân, giải quyết khiếu nại, tố cáo, "
                + "kiến nghị, phản ánh của tổ chức và công dân.",
        "Phối hợp với Ủy ban Mặt trận Tổ quốc Việt Nam và các tổ chức chính trị - xã hội thực hiện có hiệu quả "
                + "công tác giám sát và phản biện xã hội.",
        "Đẩy mạnh cải cách hành chính, ứng dụng công nghệ thông tin, công khai, minh bạch thủ tục hành chính tại "
                + "bộ phận một cửa các cấp.",
        "Tăng cường công tác tập huấn, bồi dưỡng kỹ năng dân vận cho cán bộ, công chức làm công tác tiếp dân.",
    };

    private enum Kind { PROVINCE_PLAN, MULTI_YEAR_PLAN, DISTRICT_PLAN, COMMUNE_PLAN, DEPARTMENT_PLAN, PROVINCE_REPORT,
        DISTRICT_REPORT, DIRECTIVE }

    private enum Layout { PIPES, SPLIT, META_TOP_CUT, CLEAN, SITE_CHROME, NO_HEADER, HTML }

    /** A generated file: its name, its content and what a correct extractor finds in it. */
    public record GeneratedDocument(String path, String content, Map<String, String> truth,
                                    List<List<String>> citations) {
    }

    /** What a generation run wrote. */
    public record Summary(int documents, long bytes, Path truth, Path citations) {
    }

    private final List<Province> before;
    private final List<Province> after;

    public CorpusGenerator() {
        List<Province> old = new ArrayList<>();
        List<Province> current = new ArrayList<>();
        for (Province p : Gazetteer.get().provinces()) {
            (p.validTo() == null ? current : old).add(p);
        }
        this.before = List.copyOf(old);
        this.after = List.copyOf(current);
    }

    /**
     * Writes {@code docs} documents under {@code out/documents/} (the folder to pass to {@code run --input}) and
     * {@code out/truth.csv}, {@code out/citations.csv} beside it, file names relative to the documents folder.
     */
    public Summary generate(int docs, long seed, Path out) throws IOException {
        Files.createDirectories(out);
        Path truthFile = out.resolve("truth.csv");
        Path citationFile = out.resolve("citations.csv");
        long bytes = 0;
        CSVFormat format = CSVFormat.DEFAULT.builder().setRecordSeparator('\n').get();
        try (BufferedWriter t = Files.newBufferedWriter(truthFile, StandardCharsets.UTF_8);
             BufferedWriter c = Files.newBufferedWriter(citationFile, StandardCharsets.UTF_8);
             CSVPrinter truth = new CSVPrinter(t, format.builder().setHeader(TRUTH_COLUMNS.toArray(String[]::new))
                     .get());
             CSVPrinter citations = new CSVPrinter(c, format.builder()
                     .setHeader(CITATION_COLUMNS.toArray(String[]::new)).get())) {
            for (int i = 0; i < docs; i++) {
                GeneratedDocument d = document(seed, i);
                Path file = out.resolve("documents").resolve(d.path());
                Files.createDirectories(file.getParent());
                byte[] content = d.content().getBytes(StandardCharsets.UTF_8);
                Files.write(file, content);
                bytes += content.length;
                List<String> row = new ArrayList<>();
                for (String column : TRUTH_COLUMNS) {
                    row.add(column.equals("file") ? d.path() : d.truth().getOrDefault(column, ""));
                }
                truth.printRecord(row);
                for (List<String> citation : d.citations()) {
                    List<String> r = new ArrayList<>();
                    r.add(d.path());
                    r.addAll(citation);
                    citations.printRecord(r);
                }
            }
        }
        return new Summary(docs, bytes, truthFile, citationFile);
    }

    /** Document {@code index} of the corpus {@code seed}; pure, so tests can look at one document. */
    public GeneratedDocument document(long seed, int index) {
        return new Builder(new Random(seed * 1_000_003L + index * 7_919L + 17), index).build();
    }

    private final class Builder {
        private final Random r;
        private final int index;
        private final Map<String, String> truth = new LinkedHashMap<>();
        private final List<List<String>> citations = new ArrayList<>();
        private final List<String> notes = new ArrayList<>();
        private final TreeSet<String> indexNames = new TreeSet<>();

        Builder(Random r, int index) {
            this.r = r;
            this.index = index;
        }

        GeneratedDocument build() {
            Kind kind = pickKind();
            int year = 2016 + r.nextInt(10);
            LocalDate issued = issueDate(kind, year);
            boolean reformed = !issued.isBefore(LocalDate.of(2025, 7, 1));
            Province province = (reformed ? after : before).get(r.nextInt((reformed ? after : before).size()));
            String pName = province.name();
            boolean city = province.centrallyRunCity();
            String unitWord = city ? "thành phố" : "tỉnh";
            String district = SyntheticNames.place(r);
            String commune = SyntheticNames.place(r);
            Layout layout = pickLayout(kind);
            String signer = SyntheticNames.person(r);
            int number = 1 + r.nextInt(350);

            String typeCode = switch (kind) {
                case PROVINCE_REPORT, DISTRICT_REPORT -> "BC";
                case DIRECTIVE -> "CT";
                default -> "KH";
            };
            String docNumber = kind == Kind.DEPARTMENT_PLAN ? number + "/KH-SNV" : number + "/" + typeCode + "-UBND";
            String issuer;
            String level;
            String place;
            List<String> org;
            switch (kind) {
                case DISTRICT_PLAN, DISTRICT_REPORT -> {
                    issuer = "UBND huyện " + district;
                    level = "district";
                    place = district;
                    org = List.of("ỦY BAN NHÂN DÂN", "HUYỆN " + upper(district));
                }
                case COMMUNE_PLAN -> {
                    issuer = "UBND xã " + commune;
                    level = "commune";
                    place = commune;
                    org = List.of("ỦY BAN NHÂN DÂN", "XÃ " + upper(commune));
                }
                case DEPARTMENT_PLAN -> {
                    issuer = "Sở Nội vụ " + unitWord + " " + pName;
                    level = "department";
                    place = pName;
                    org = List.of("UBND " + upper(unitWord) + " " + upper(pName), "SỞ NỘI VỤ");
                }
                default -> {
                    issuer = "UBND " + unitWord + " " + pName;
                    level = "province";
                    place = pName;
                    org = List.of("ỦY BAN NHÂN DÂN", upper(unitWord) + " " + upper(pName));
                }
            }
            boolean hasHeader = layout != Layout.NO_HEADER;
            truth.put("doc_number", hasHeader ? docNumber : "");
            truth.put("doc_type", typeCode);
            truth.put("issuer", issuer);
            truth.put("issuer_level", level);
            truth.put("province", pName);
            truth.put("district", kind == Kind.DISTRICT_PLAN || kind == Kind.DISTRICT_REPORT ? district
                    : kind == Kind.COMMUNE_PLAN ? district : "");
            truth.put("issue_date", hasHeader ? issued.toString() : "");
            truth.put("signer", hasHeader ? signer : "");

            // Title and period.
            int end = year;
            String title;
            switch (kind) {
                case MULTI_YEAR_PLAN -> {
                    end = year + 2 + r.nextInt(4);
                    title = r.nextBoolean() ? "THỰC HIỆN CÔNG TÁC DÂN VẬN CHÍNH QUYỀN ĐẾN NĂM " + end
                            : "THỰC HIỆN QUY CHẾ DÂN CHỦ Ở CƠ SỞ GIAI ĐOẠN " + year + " - " + end;
                }
                case PROVINCE_REPORT, DISTRICT_REPORT -> title = "KẾT QUẢ THỰC HIỆN QUY CHẾ DÂN CHỦ Ở CƠ SỞ VÀ "
                        + "CÔNG TÁC DÂN VẬN CHÍNH QUYỀN NĂM " + year;
                case DIRECTIVE -> title = "VỀ TĂNG CƯỜNG CÔNG TÁC DÂN VẬN, THỰC HIỆN DÂN CHỦ Ở CƠ SỞ TRÊN ĐỊA BÀN "
                        + upper(unitWord) + " " + upper(pName);
                default -> title = "THỰC HIỆN QUY CHẾ DÂN CHỦ Ở CƠ SỞ VÀ CÔNG TÁC DÂN VẬN CHÍNH QUYỀN NĂM " + year;
            }
            truth.put("period_start", String.valueOf(year));
            truth.put("period_end", kind == Kind.DIRECTIVE ? "" : String.valueOf(end));
            String typeWord = switch (typeCode) {
                case "BC" -> "BÁO CÁO";
                case "CT" -> "CHỈ THỊ";
                default -> "KẾ HOẠCH";
            };

            // Body: sections in order; a cut keeps the first ones, and only their facts.
            List<Section> sections = new ArrayList<>();
            String parentNumber = null;
            if (kind == Kind.DISTRICT_PLAN || kind == Kind.COMMUNE_PLAN || kind == Kind.DEPARTMENT_PLAN) {
                parentNumber = (1 + r.nextInt(120)) + "/KH-UBND";
                LocalDate parentDate = issued.minusDays(5 + r.nextInt(40));
                String parentIssuer = kind == Kind.COMMUNE_PLAN ? "UBND huyện " + district : "UBND " + unitWord
                        + " " + pName;
                String self = switch (kind) {
                    case COMMUNE_PLAN -> "Ủy ban nhân dân xã";
                    case DISTRICT_PLAN -> "Ủy ban nhân dân huyện";
                    default -> "Sở Nội vụ";
                };
                String mention = kind == Kind.COMMUNE_PLAN ? " trên địa bàn tỉnh " + pName : "";
                sections.add(new Section("Thực hiện Kế hoạch số " + parentNumber + " ngày " + dmy(parentDate)
                        + " của " + parentIssuer + " về thực hiện quy chế dân chủ ở cơ sở năm " + year + mention + ", "
                        + self + " xây dựng kế hoạch thực hiện năm " + year + " như sau:", Map.of()));
                truth.put("parent_doc_number", parentNumber);
                citations.add(List.of(parentNumber, "KH", parentIssuer, String.valueOf(parentDate.getYear()),
                        parentDate.toString(), "true"));
            } else {
                String[] c = CENTRAL[r.nextInt(CENTRAL.length)];
                sections.add(new Section("Căn cứ " + c[0] + " số " + c[1] + " ngày " + dmy(LocalDate.parse(c[5]))
                        + " của " + c[3] + "; " + (kind == Kind.DIRECTIVE ? "Chủ tịch UBND " + unitWord
                        + " yêu cầu các cơ quan, đơn vị thực hiện tốt các nội dung sau:" : "UBND " + unitWord
                        + " ban hành " + typeWord.toLowerCase(Locale.ROOT) + " như sau:"), Map.of(), cite(c, true)));
                truth.put("parent_doc_number", "");
            }
            if (kind == Kind.DISTRICT_REPORT) {
                sections.add(new Section("UBND huyện " + district + ", tỉnh " + pName + " báo cáo kết quả thực hiện "
                        + "năm " + year + " trên địa bàn huyện như sau:", Map.of()));
            }
            if (kind == Kind.DISTRICT_PLAN) {
                sections.add(new Section("1. Phát huy vai trò của hệ thống chính trị huyện " + district
                        + "; thực hiện tốt quy chế dân chủ trên địa bàn huyện " + district + ".", Map.of()));
            }
            sections.add(new Section("I. MỤC ĐÍCH, YÊU CẦU\n" + filler(2), Map.of()));
            sections.add(indexSection(city ? "thành phố" : "tỉnh"));
            sections.add(new Section("II. NỘI DUNG\n" + filler(2), Map.of()));
            String[] c2 = CENTRAL[r.nextInt(CENTRAL.length)];
            sections.add(new Section("Tiếp tục quán triệt " + c2[0] + " số " + c2[1] + " ngày "
                    + dmy(LocalDate.parse(c2[5])) + " của " + c2[3] + ".", Map.of(), cite(c2, true)));
            switch (kind) {
                case PROVINCE_REPORT, DISTRICT_REPORT -> sections.add(modelCounts(kind == Kind.PROVINCE_REPORT
                        ? unitWord : "huyện", year));
                case DIRECTIVE -> sections.add(directiveDeadlines());
                case MULTI_YEAR_PLAN -> sections.add(recurringDeadlines());
                default -> sections.add(planDeadlines(issued, kind == Kind.COMMUNE_PLAN ? "UBND xã" :
                        kind == Kind.DISTRICT_PLAN ? "UBND huyện (qua Phòng Nội vụ)" : "UBND " + unitWord
                        + " (qua Sở Nội vụ)"));
            }
            sections.add(new Section("III. TỔ CHỨC THỰC HIỆN\n" + filler(1), Map.of()));

            int kept = sections.size();
            if (layout == Layout.META_TOP_CUT) {
                kept = 3 + r.nextInt(sections.size() - 3);
                notes.add("text cut off with [...] after " + kept + " sections");
            }
            for (Section s : sections.subList(0, kept)) {
                indexNames.addAll(s.indices());
            }
            defaults();
            for (Section s : sections.subList(0, kept)) {
                s.truth().forEach(truth::put);
                citations.addAll(s.citations());
            }
            truth.put("index_names", String.join(";", indexNames));

            String body = String.join("\n", sections.subList(0, kept).stream().map(Section::text).toList());
            Header h = new Header(org, docNumber, place, issued, typeWord, title, signer, issuer, pName, unitWord,
                    kind == Kind.DEPARTMENT_PLAN ? "GIÁM ĐỐC" : "CHỦ TỊCH");
            String text = switch (layout) {
                case PIPES -> pipes(h, body);
                case SPLIT -> split(h, body);
                case META_TOP_CUT -> metaTop(h, body);
                case SITE_CHROME -> siteChrome(h, body);
                case NO_HEADER -> noHeader(h, body, year, district);
                case HTML -> html(h, body);
                default -> clean(h, body);
            };
            notes.add(0, kind.name().toLowerCase(Locale.ROOT).replace('_', ' ') + ", layout "
                    + layout.name().toLowerCase(Locale.ROOT).replace('_', ' '));
            truth.put("notes", "synthetic: " + String.join("; ", notes));
            Map<String, List<String>> byNumber = new LinkedHashMap<>();
            for (List<String> c : citations) {
                byNumber.merge(c.get(0), c, (a, b) -> "true".equals(a.get(5)) ? a : b);
            }
            String slug = Fold.key(province.name()).replace(' ', '-');
            String name = String.format(Locale.ROOT, "%s/%d/%06d_%s_%s.%s", slug, year, index,
                    typeCode.toLowerCase(Locale.ROOT), level, layout == Layout.HTML ? "html" : "txt");
            return new GeneratedDocument(name, text, truth, List.copyOf(byNumber.values()));
        }

        private Kind pickKind() {
            int k = r.nextInt(100);
            if (k < 25) {
                return Kind.PROVINCE_PLAN;
            } else if (k < 33) {
                return Kind.MULTI_YEAR_PLAN;
            } else if (k < 50) {
                return Kind.DISTRICT_PLAN;
            } else if (k < 60) {
                return Kind.COMMUNE_PLAN;
            } else if (k < 68) {
                return Kind.DEPARTMENT_PLAN;
            } else if (k < 82) {
                return Kind.PROVINCE_REPORT;
            } else if (k < 90) {
                return Kind.DISTRICT_REPORT;
            }
            return Kind.DIRECTIVE;
        }

        private Layout pickLayout(Kind kind) {
            int k = r.nextInt(100);
            if (kind == Kind.DISTRICT_PLAN && k < 40) {
                return Layout.NO_HEADER;
            }
            if (kind == Kind.DIRECTIVE && k < 50) {
                return Layout.SITE_CHROME;
            }
            k = r.nextInt(100);
            if (k < 20) {
                return Layout.PIPES;
            } else if (k < 40) {
                return Layout.SPLIT;
            } else if (k < 50) {
                return Layout.META_TOP_CUT;
            } else if (k < 65) {
                return Layout.HTML;
            }
            return Layout.CLEAN;
        }

        private LocalDate issueDate(Kind kind, int year) {
            YearMonth month = switch (kind) {
                case PROVINCE_REPORT, DISTRICT_REPORT -> YearMonth.of(year, r.nextBoolean() ? 6 : 11 + r.nextInt(2));
                case DIRECTIVE -> YearMonth.of(year, 1 + r.nextInt(12));
                default -> YearMonth.of(year, 1 + r.nextInt(3));
            };
            return month.atDay(1 + r.nextInt(month.lengthOfMonth()));
        }

        private void defaults() {
            for (String c : TRUTH_COLUMNS) {
                truth.putIfAbsent(c, "");
            }
            truth.put("mentions_sipas", "false");
            truth.put("mentions_papi", "false");
            truth.put("mentions_pci", "false");
            for (String name : indexNames) {
                switch (name) {
                    case "SIPAS" -> truth.put("mentions_sipas", "true");
                    case "PAPI" -> truth.put("mentions_papi", "true");
                    case "PCI" -> truth.put("mentions_pci", "true");
                    default -> {
                    }
                }
            }
        }

        private Section indexSection(String unitWord) {
            List<String> parts = new ArrayList<>();
            TreeSet<String> named = new TreeSet<>();
            if (r.nextInt(3) > 0) {
                parts.add(r.nextBoolean() ? "chỉ số hài lòng của người dân, tổ chức đối với sự phục vụ của cơ quan "
                        + "hành chính nhà nước - SIPAS" : "Chỉ số hài lòng về sự phục vụ hành chính (SIPAS)");
                named.add("SIPAS");
            }
            if (r.nextInt(3) > 0) {
                parts.add(r.nextBoolean() ? "chỉ số hiệu quả quản trị và hành chính công cấp tỉnh - PAPI"
                        : "Chỉ số hiệu quả quản trị và hành chính công cấp tỉnh");
                named.add("PAPI");
            }
            if (r.nextInt(3) > 0) {
                parts.add(r.nextBoolean() ? "chỉ số năng lực cạnh tranh cấp tỉnh - PCI"
                        : "Chỉ số năng lực cạnh tranh cấp tỉnh (PCI)");
                named.add("PCI");
            }
            if (r.nextInt(5) == 0) {
                parts.add("Chỉ số cải cách hành chính (PAR INDEX)");
                named.add("PAR_INDEX");
            }
            if (parts.isEmpty()) {
                return new Section("Nâng cao chất lượng phục vụ người dân và doanh nghiệp trên địa bàn " + unitWord
                        + ".", Map.of());
            }
            return new Section("Gắn công tác dân vận chính quyền với cải thiện " + String.join("; ", parts)
                    + " của " + unitWord + ".", Map.of(), List.of(), named);
        }

        private Section planDeadlines(LocalDate issued, String recipient) {
            int y = issued.getYear();
            LocalDate subPlan = issued.plusDays(10 + r.nextInt(20));
            LocalDate sixMonth = LocalDate.of(y, 6, 5 + r.nextInt(20));
            LocalDate annual = LocalDate.of(y, 10 + r.nextInt(2), 10 + r.nextInt(15));
            LocalDate models = issued.plusDays(20 + r.nextInt(30));
            boolean yearless = r.nextInt(3) == 0;
            boolean endOfMonth = r.nextInt(4) == 0;
            StringBuilder s = new StringBuilder();
            s.append("Các cơ quan, đơn vị, địa phương xây dựng kế hoạch triển khai thực hiện và gửi về ")
                    .append(recipient).append(" trước ngày ").append(yearless ? dm(subPlan) : dmy(subPlan))
                    .append(".\n");
            String annualText = endOfMonth ? "cuối tháng " + annual.getMonthValue()
                    : "trước ngày " + (yearless ? dm(annual) : dmy(annual));
            if (endOfMonth) {
                annual = YearMonth.from(annual).atEndOfMonth();
            }
            s.append("Định kỳ báo cáo kết quả thực hiện 06 tháng (trước ngày ")
                    .append(yearless ? dm(sixMonth) : dmy(sixMonth)).append("), báo cáo năm (").append(annualText)
                    .append(") về ").append(recipient).append(".\n");
            Map<String, String> facts = new LinkedHashMap<>();
            facts.put("sub_plan_deadline", subPlan.toString());
            facts.put("six_month_report_deadline", sixMonth.toString());
            facts.put("annual_report_deadline", annual.toString());
            if (r.nextBoolean()) {
                s.append("Mỗi cơ quan, đơn vị, địa phương đăng ký xây dựng ít nhất 01 mô hình “Dân vận khéo” năm ")
                        .append(y).append(", gửi văn bản đăng ký mô hình về ").append(recipient)
                        .append(" trước ngày ").append(dmy(models)).append(".\n");
                facts.put("model_registration_deadline", models.toString());
                facts.put("models_target_per_unit", "1");
            }
            if (yearless) {
                notes.add("deadlines written without a year take the plan's year");
            }
            return new Section(s.toString().strip(), facts);
        }

        private Section recurringDeadlines() {
            int day = 5 + r.nextInt(20);
            notes.add("deadlines recur every year of the plan");
            return new Section("Hằng năm, các sở, ngành và UBND cấp huyện xây dựng kế hoạch thực hiện; định kỳ hằng "
                    + "năm báo cáo 6 tháng (trước ngày " + day + " tháng 6) và cuối năm (cuối tháng 10) về Ủy ban "
                    + "nhân dân tỉnh (qua Sở Nội vụ).", Map.of("six_month_report_deadline",
                    String.format(Locale.ROOT, "--06-%02d", day), "annual_report_deadline", "--10-31"));
        }

        private Section directiveDeadlines() {
            int day = 15 + r.nextInt(15);
            notes.add("open-ended directive; yearly deadline");
            return new Section("Hằng năm, mỗi xã, phường, thị trấn, cơ quan, đơn vị lựa chọn, xây dựng ít nhất 01 mô "
                    + "hình, điển hình “dân vận khéo”. Thủ trưởng các cơ quan, đơn vị đánh giá kết quả thực hiện công "
                    + "tác dân vận gửi về Sở Nội vụ trước ngày " + day + "/11 để tổng hợp, báo cáo.",
                    Map.of("annual_report_deadline", String.format(Locale.ROOT, "--11-%02d", day),
                            "models_target_per_unit", "1"));
        }

        private Section modelCounts(String unitWord, int year) {
            int registered = 40 + r.nextInt(3000);
            int recognized = registered / 2 + r.nextInt(Math.max(1, registered / 2));
            int upper = Math.max(1, recognized / 10);
            int lower = recognized - upper;
            int cumulative = recognized + 100 + r.nextInt(5000);
            notes.add("model counts with thousands separators and sub-counts");
            return new Section("Kết quả phong trào thi đua “Dân vận khéo”: năm " + year + " toàn " + unitWord
                    + " đăng ký " + thousands(registered) + " mô hình; được công nhận " + thousands(recognized)
                    + " mô hình, gồm " + thousands(upper) + " mô hình cấp " + unitWord + " và " + thousands(lower)
                    + " mô hình cấp cơ sở. Lũy kế đến nay có trên " + thousands(cumulative)
                    + " mô hình “Dân vận khéo” được công nhận.",
                    Map.of("models_registered", String.valueOf(registered), "models_recognized",
                            String.valueOf(recognized), "models_cumulative", String.valueOf(cumulative),
                            "models_other", upper + ";" + lower));
        }

        private List<List<String>> cite(String[] c, boolean inBody) {
            return List.of(List.of(c[1], c[2], c[3], c[4], c[5], String.valueOf(inBody)));
        }

        private String filler(int n) {
            StringBuilder s = new StringBuilder();
            for (int i = 0; i < n; i++) {
                s.append(i + 1).append(". ").append(FILLER[r.nextInt(FILLER.length)]).append('\n');
            }
            return s.toString().strip();
        }

        // ------------------------------------------------------------ layouts

        private String marker() {
            return "[synthetic] generated by ./warehouse generate corpus, document " + index + "\n";
        }

        private String clean(Header h, String body) {
            return marker() + String.join("\n", h.org()) + "\n-------\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
                    + "Độc lập - Tự do - Hạnh phúc\n---------------\nSố: " + h.number() + "\n" + h.place() + ", ngày "
                    + dd(h.issued().getDayOfMonth()) + " tháng " + dd(h.issued().getMonthValue()) + " năm "
                    + h.issued().getYear() + "\n\n" + h.typeWord() + "\n" + h.title() + "\n\n" + body + "\n\n"
                    + "Nơi nhận:\n- Như trên;\n- Lưu: VT.\n\n" + ("GIÁM ĐỐC".equals(h.signatureTitle())
                    ? "KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC" : "TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH") + "\n\n\n\n"
                    + h.signer() + "\n";
        }

        private String pipes(Header h, String body) {
            notes.add("header table flattened to '|' lines; signer only in the site's metadata block");
            boolean department = "department".equals(truth.get("issuer_level"));
            boolean unitInHeader = !"province".equals(truth.get("issuer_level")) || r.nextBoolean();
            String org = department ? h.org().get(0) + " | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\n" + h.org().get(1)
                    + " | Độc lập - Tự do - Hạnh phúc |" : (unitInHeader ? String.join(" ", h.org())
                    : h.org().get(0)) + " | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |";
            String related = relatedList();
            return marker() + related + org + "\nSố: " + h.number() + " | "
                    + h.place() + ", ngày " + dd(h.issued().getDayOfMonth()) + " tháng " + h.issued().getMonthValue()
                    + " năm " + h.issued().getYear() + " |\n" + h.title() + "\n" + body + "\n| " + h.signatureTitle() + " |\n"
                    + related + siteTitle(h) + "\n- Số hiệu: " + h.number() + "\n- Loại văn bản: Văn bản khác\n"
                    + "- Ngày ban hành: " + dmyPadded(h.issued()) + "\n- Nơi ban hành: " + capitalise(h.unitWord())
                    + " " + h.province() + "\n- Người ký: " + h.signer() + "\n- Tình trạng hiệu lực: Chưa xác định\n";
        }

        private String split(Header h, String body) {
            notes.add("header cells on separate lines; hard line breaks inside sentences and the date");
            StringBuilder s = new StringBuilder(marker());
            s.append(String.join("\n", h.org())).append("\n-------\n|\nCỘNG HÒA XÃ HỘI\nCHỦ NGHĨA VIỆT NAM\n")
                    .append("Độc lập - Tự do - Hạnh phúc\n---------------\n|\nSố: ").append(h.number())
                    .append("\n|\n").append(h.place()).append(", ngày\n").append(dd(h.issued().getDayOfMonth()))
                    .append(" tháng ").append(dd(h.issued().getMonthValue())).append(" năm ")
                    .append(h.issued().getYear()).append("\n|\n").append(h.typeWord()).append('\n')
                    .append(wrap(h.title(), 45)).append('\n').append(wrap(body, 78))
                    .append("\nNơi nhận:\n- Như trên;\n- Lưu: VT.\n|\n").append("GIÁM ĐỐC".equals(h.signatureTitle())
                    ? "KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC" : "TM. ỦY BAN NHÂN\nDÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH")
                    .append('\n').append(h.signer()).append("\n|");
            return s.toString();
        }

        private String metaTop(Header h, String body) {
            notes.add("metadata block at the top");
            return marker() + siteTitle(h) + "\n\nSố hiệu " + h.number() + "\nNgày ban hành " + dmyPadded(h.issued())
                    + "\nNgày có hiệu lực " + dmyPadded(h.issued()) + ("province".equals(truth.get("issuer_level"))
                    ? "\nCơ quan ban hành " + capitalise(h.unitWord()) + " " + h.province() : "")
                    + "\nNgười ký " + h.signer() + "\nLĩnh vực Quyền dân sự\n\n"
                    + String.join("\n", h.org()) + "\n-------\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do"
                    + " - Hạnh phúc\n---------------\n\nSố: " + h.number() + "\n\n" + h.place() + ", ngày "
                    + dd(h.issued().getDayOfMonth()) + " tháng " + dd(h.issued().getMonthValue()) + " năm "
                    + h.issued().getYear() + "\n\n \n\n" + h.typeWord() + "\n\n" + h.title() + "\n\n"
                    + body.replace("\n", "\n\n") + "\n\n[...]\n";
        }

        private String siteChrome(Header h, String body) {
            notes.add("website chrome around the text; 'Người ký' repeated without separator");
            String typeName = capitalise(h.typeWord().toLowerCase(Locale.ROOT));
            return marker() + typeName + " " + h.number() + "\n\nNội dung toàn văn " + typeName + " " + h.number()
                    + " " + h.issued().getYear() + " " + h.province() + "\n\n\n" + clean(h, body).substring(
                    marker().length()) + "\nĐã xem:\n\nĐánh giá:  \n\nThuộc tính Văn bản pháp luật " + h.number()
                    + "\n\nLoại văn bản" + typeName + "\nSố hiệu" + h.number() + "\nCơ quan ban hành\nNgười ký\n"
                    + "Ngày ban hành" + dmyPadded(h.issued()) + "\nNgày hiệu lực...\n\nVăn bản được dẫn chiếu\n\n"
                    + "Văn bản hiện thời\n" + typeName + " " + h.number() + " " + h.issued().getYear() + "\n"
                    + "Loại văn bản" + typeName + "\nSố hiệu" + h.number() + "\nCơ quan ban hành" + capitalise(
                    h.unitWord()) + " " + h.province() + "\nNgười ký" + h.signer() + "\nNgày ban hành"
                    + dmyPadded(h.issued()) + "\n";
        }

        private String noHeader(Header h, String body, int year, String district) {
            notes.add("no header: number, date and signer absent; decomposed characters, tabs and no-break spaces");
            String text = " KẾ HOẠCH\u00A0\n\nThực hiện quy chế dân chủ ở cơ sở\t\n\nvà công tác dân vận chính quyền năm "
                    + year + "\n\n\n" + body.replace(". ", ".\u00A0") + "\n\nTrên đây là Kế hoạch thực hiện quy chế dân "
                    + "chủ ở cơ sở năm " + year + " của huyện " + district + ".\n\n\tNơi nhận:\n- Sở Nội vụ;\n"
                    + "- UBND các xã, thị trấn;\n- Lưu: VT.\n";
            // Some characters decomposed (NFD), as editors on other systems leave them.
            int cut = text.length() / 3;
            return marker() + Normalizer.normalize(text.substring(0, cut), Normalizer.Form.NFD) + text.substring(cut);
        }

        private String html(Header h, String body) {
            notes.add("HTML page with site chrome, scripts and a header table");
            StringBuilder s = new StringBuilder("<!DOCTYPE html>\n<html lang=\"vi\"><head><meta charset=\"utf-8\">"
                    + "<meta name=\"synthetic\" content=\"true\"><title>" + escape(capitalise(h.typeWord()
                    .toLowerCase(Locale.ROOT)) + " " + h.number() + " " + h.province()) + "</title>"
                    + "<script>var tracking = 'Số: 999/KH-UBND';</script><style>td{vertical-align:top}</style>"
                    + "</head><body><nav><a href=\"/\">Trang chủ</a> » <a href=\"/van-ban\">Văn bản</a></nav>"
                    + "<div id=\"content\"><table><tr><td><b>");
            s.append(escape(h.org().get(0))).append("<br>").append(escape(h.org().get(1))).append("</b></td><td><b>")
                    .append("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</b><br>Độc lập - Tự do - Hạnh phúc</td></tr><tr><td>")
                    .append("Số: ").append(escape(h.number())).append("</td><td><i>").append(escape(h.place()))
                    .append(", ngày ").append(dd(h.issued().getDayOfMonth())).append(" tháng ")
                    .append(dd(h.issued().getMonthValue())).append(" năm ").append(h.issued().getYear())
                    .append("</i></td></tr></table><p><b>").append(h.typeWord()).append("</b><br><b>")
                    .append(escape(h.title())).append("</b></p>");
            for (String paragraph : body.split("\n")) {
                s.append("<p>").append(escape(paragraph)).append("</p>\n");
            }
            s.append("<p><b>").append("GIÁM ĐỐC".equals(h.signatureTitle()) ? "GIÁM ĐỐC" : "TM. ỦY BAN NHÂN DÂN<br>CHỦ TỊCH")
                    .append("</b><br><br><b>").append(escape(h.signer()))
                    .append("</b></p></div><footer>Bản quyền thuộc cổng thông tin</footer></body></html>\n");
            return s.toString();
        }

        private String relatedList() {
            StringBuilder s = new StringBuilder();
            int n = 1 + r.nextInt(4);
            for (int i = 0; i < n; i++) {
                String[] c = CENTRAL[r.nextInt(CENTRAL.length)];
                s.append("- ").append(i + 1).append(c[0]).append(' ').append(c[1]).append(" năm ").append(c[4])
                        .append(" về công tác dân vận do ").append(c[3]).append(" ban hành\n");
                // A related-documents list names no issuer of its own that counts; only a code that implies one
                // (…-CP the Government, …-TTg the Prime Minister, …QH… the National Assembly) gives it.
                boolean codeImpliesIssuer = c[1].endsWith("-CP") || c[1].endsWith("-TTg") || c[1].contains("QH");
                citations.add(List.of(c[1], c[2], codeImpliesIssuer ? c[3] : "", c[4], "", "false"));
            }
            return s.toString();
        }

        private String siteTitle(Header h) {
            return capitalise(h.typeWord().toLowerCase(Locale.ROOT)) + " " + h.number() + " "
                    + h.title().toLowerCase(Locale.ROOT) + " do " + h.unitWord() + " " + h.province() + " ban hành";
        }
    }

    /** A piece of the body and the facts it states (a cut-off text states only the facts of what is left). */
    private record Section(String text, Map<String, String> truth, List<List<String>> citations,
                           java.util.Set<String> indices) {
        Section(String text, Map<String, String> truth) {
            this(text, truth, List.of(), java.util.Set.of());
        }

        Section(String text, Map<String, String> truth, List<List<String>> citations) {
            this(text, truth, citations, java.util.Set.of());
        }
    }

    private record Header(List<String> org, String number, String place, LocalDate issued, String typeWord,
                          String title, String signer, String issuer, String province, String unitWord,
                          String signatureTitle) {
    }

    static String thousands(int n) {
        return String.format(Locale.ROOT, "%,d", n).replace(',', '.');
    }

    private static String wrap(String text, int width) {
        StringBuilder out = new StringBuilder();
        for (String paragraph : text.split("\n")) {
            int column = 0;
            for (String word : paragraph.split(" ")) {
                if (column > 0 && column + word.length() + 1 > width) {
                    out.append('\n');
                    column = 0;
                } else if (column > 0) {
                    out.append(' ');
                    column++;
                }
                out.append(word);
                column += word.length();
            }
            out.append('\n');
        }
        return out.toString().stripTrailing();
    }

    private static String upper(String s) {
        return s.toUpperCase(Locale.ROOT);
    }

    private static String capitalise(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    private static String dd(int n) {
        return String.format(Locale.ROOT, "%02d", n);
    }

    private static String dmy(LocalDate d) {
        return d.getDayOfMonth() + "/" + d.getMonthValue() + "/" + d.getYear();
    }

    private static String dmyPadded(LocalDate d) {
        return dd(d.getDayOfMonth()) + "/" + dd(d.getMonthValue()) + "/" + d.getYear();
    }

    private static String dm(LocalDate d) {
        return d.getDayOfMonth() + "/" + d.getMonthValue();
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
