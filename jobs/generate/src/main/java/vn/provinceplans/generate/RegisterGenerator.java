package vn.provinceplans.generate;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import vn.provinceplans.extract.reference.Gazetteer;
import vn.provinceplans.extract.reference.Province;
import vn.provinceplans.schema.RegisterFormat;

/**
 * Synthetic registers for all 63 provinces, in the formats of {@code schemas/registers/}: a submission log (what
 * each province, department and district had to send, when it was due and when it arrived — on time, late, never,
 * or on a date nobody recorded) and a "Dân vận khéo" model registry. Every row has {@code synthetic=true}; no public
 * register exists to copy, so none of this is real.
 */
public final class RegisterGenerator {

    public static final String SUBMISSIONS_FILE = "submission_log.synthetic.csv";
    public static final String MODELS_FILE = "model_registry.synthetic.csv";

    private static final String[] DEPARTMENTS = {"Sở Nội vụ", "Sở Tư pháp", "Sở Tài chính", "Sở Y tế",
        "Sở Giáo dục và Đào tạo", "Sở Tài nguyên và Môi trường"};
    private static final String[] FIELDS = {"kinh tế", "văn hóa - xã hội", "quốc phòng - an ninh",
        "xây dựng hệ thống chính trị", "cải cách hành chính"};
    private static final String[] MODELS = {"Dân vận khéo trong cải cách thủ tục hành chính",
        "Chung sức xây dựng nông thôn mới", "Đối thoại với Nhân dân mỗi tháng", "Tuyến đường hoa nông thôn",
        "Một cửa thân thiện", "Hiến đất làm đường giao thông", "Camera an ninh khu dân cư",
        "Vận động giải phóng mặt bằng", "Tổ tự quản bảo vệ môi trường", "Chuyển đổi số gần dân"};

    /** What a generation wrote. */
    public record Summary(int submissions, int models, Path submissionsFile, Path modelsFile) {
    }

    /** Registers for the years {@code from}..{@code to}, {@code districts} districts per province. */
    public Summary generate(Path out, long seed, int from, int to, int districts) throws IOException {
        Files.createDirectories(out);
        Random r = new Random(seed);
        List<Province> provinces = Gazetteer.get().provinces().stream().filter(p -> p.validTo() != null).toList();
        List<String> submissionHeader = new ArrayList<>(RegisterFormat.load("submission_log").columnNames());
        submissionHeader.add("synthetic");
        List<String> modelHeader = new ArrayList<>(RegisterFormat.load("model_registry").columnNames());
        modelHeader.add("synthetic");
        Path submissions = out.resolve(SUBMISSIONS_FILE);
        Path models = out.resolve(MODELS_FILE);
        int submissionRows = 0;
        int modelRows = 0;
        CSVFormat csv = CSVFormat.DEFAULT.builder().setRecordSeparator('\n').get();
        try (BufferedWriter s = Files.newBufferedWriter(submissions, StandardCharsets.UTF_8);
             BufferedWriter m = Files.newBufferedWriter(models, StandardCharsets.UTF_8);
             CSVPrinter log = new CSVPrinter(s, csv.builder().setHeader(submissionHeader.toArray(String[]::new)).get());
             CSVPrinter registry = new CSVPrinter(m, csv.builder().setHeader(modelHeader.toArray(String[]::new))
                     .get())) {
            for (Province p : provinces) {
                List<String[]> units = new ArrayList<>();
                units.add(new String[] {"UBND " + (p.centrallyRunCity() ? "thành phố " : "tỉnh ") + p.name(),
                    "province"});
                for (int d = 0; d < 2; d++) {
                    units.add(new String[] {DEPARTMENTS[r.nextInt(DEPARTMENTS.length)] + " " + p.name(),
                        "department"});
                }
                for (int d = 0; d < districts; d++) {
                    units.add(new String[] {"UBND huyện " + SyntheticNames.place(r), "district"});
                }
                // Two made-up districts of one province can draw the same name: keep one.
                java.util.Map<String, String[]> byName = new java.util.LinkedHashMap<>();
                units.forEach(u -> byName.putIfAbsent(u[0], u));
                units = List.copyOf(byName.values());
                for (int year = from; year <= to; year++) {
                    for (String[] unit : units) {
                        submissionRows += submission(log, r, unit, p, "sub_plan", String.valueOf(year),
                                LocalDate.of(year, 3, 15));
                        submissionRows += submission(log, r, unit, p, "six_month_report", year + "-H1",
                                LocalDate.of(year, 6, 15));
                        submissionRows += submission(log, r, unit, p, "annual_report", String.valueOf(year),
                                LocalDate.of(year, 11, 15));
                        if ("district".equals(unit[1])) {
                            submissionRows += submission(log, r, unit, p, "model_registration", String.valueOf(year),
                                    LocalDate.of(year, 4, 1));
                            int n = 1 + r.nextInt(4);
                            for (int k = 0; k < n; k++) {
                                int status = r.nextInt(100);
                                registry.printRecord(unit[0], p.name(), year, FIELDS[r.nextInt(FIELDS.length)],
                                        MODELS[r.nextInt(MODELS.length)] + " " + (k + 1),
                                        status < 40 ? "registered" : status < 85 ? "recognized" : "not_recognized",
                                        "true");
                                modelRows++;
                            }
                        }
                    }
                }
            }
        }
        return new Summary(submissionRows, modelRows, submissions, models);
    }

    private static int submission(CSVPrinter log, Random r, String[] unit, Province p, String kind, String period,
                                  LocalDate due) throws IOException {
        int outcome = r.nextInt(100);
        String received;
        if (outcome < 70) {
            received = due.minusDays(r.nextInt(12)).toString();
        } else if (outcome < 85) {
            received = due.plusDays(1 + r.nextInt(45)).toString();
        } else if (outcome < 95) {
            received = "";
        } else {
            received = "unknown";
        }
        // Registers in provinces are kept in both date styles.
        String dueText = r.nextInt(4) == 0 ? due.getDayOfMonth() + "/" + due.getMonthValue() + "/" + due.getYear()
                : due.toString();
        log.printRecord(unit[0], unit[1], p.name(), kind, period, dueText, received, "true");
        return 1;
    }
}
