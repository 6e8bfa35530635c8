package vn.provinceplans.extract.header;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import vn.provinceplans.extract.document.DocumentText;
import vn.provinceplans.extract.document.LineKind;
import vn.provinceplans.extract.patterns.AnchoredScan;
import vn.provinceplans.extract.patterns.PatternLibrary;
import vn.provinceplans.extract.reference.Gazetteer;
import vn.provinceplans.extract.text.Fold;

/**
 * Reads the header facts of an official Vietnamese document: the official header (issuer, 'Số:', place and date,
 * type word and title), the signature block, the opening sentence (parent plan) and, as a fallback, the metadata
 * block a legal website prints around the text. What none of them gives stays null.
 */
public final class HeaderExtractor {

    /** How far past the body's first line the official header may reach. */
    private static final int HEADER_MAX_LINES = 45;
    /** How much of the body the opening sentences (parent plan, self-reference) may take. */
    private static final int PREAMBLE_MAX_CHARS = 4000;
    private static final int MAX_TITLE_LINES = 6;
    /** Characters other than white space at the end of a text that 'truncation' is tried on: see truncated(). */
    private static final int TRUNCATION_REACH = 32;

    private static final Map<String, String> TYPE_BY_WORD = Map.of("ke hoach", "KH", "chi thi", "CT",
            "quyet dinh", "QD", "bao cao", "BC", "nghi quyet", "NQ", "cong van", "CV", "thong bao", "TB",
            "huong dan", "HD");
    private static final Map<String, String> LEVEL_WORD = Map.of("tinh", "tỉnh", "thanh pho", "thành phố",
            "tp", "thành phố", "tp.", "thành phố", "huyen", "huyện", "thi xa", "thị xã", "quan", "quận", "xa", "xã",
            "phuong", "phường", "thi tran", "thị trấn");
    /** Folded first words that start an organ or a label, never a person's name (surnames like Đặng, Chu, Trương are not here). */
    private static final Set<String> NOT_A_NAME_START = Set.of("uy", "ban", "so", "phong", "noi", "tm", "kt", "tl",
            "pho", "cong", "doc", "ubnd", "hdnd", "nguoi", "ngay", "loai", "tinh", "thanh", "huyen", "xa", "can",
            "thuc", "giam", "bi", "chanh", "van", "hoi", "cac", "tren", "ke", "chi", "quyet", "bao", "nghi", "thong",
            "huong", "da", "ky", "danh", "tai", "lich", "luoc", "trang", "nam", "thang", "quy", "dieu", "muc");

    private final PatternLibrary patterns = PatternLibrary.get();
    private final Gazetteer gazetteer = Gazetteer.get();
    /** Read in the whole body or preamble: each with its first words read once, to skip text that cannot match. */
    private final AnchoredScan unitMention = new AnchoredScan(patterns.pattern("unit_mention"));
    private final AnchoredScan parentPlan = new AnchoredScan(patterns.pattern("parent_plan"));

    public DocumentHeader extract(DocumentText doc) {
        Metadata meta = readMetadata(doc);
        HeaderBlock header = readHeaderBlock(doc);
        int preambleStart = header.endLine;
        String signer = readSigner(doc).orElse(meta.signer);

        String docNumber = header.number != null ? header.number : meta.number;
        String docType = docType(docNumber, header.typeWord, meta.type);

        Unit issuerUnit = header.unit;
        String org = header.org;
        LocalDate issueDate = header.issueDate != null ? header.issueDate : meta.issueDate;

        // Documents with no official header name their issuer in the opening sentence.
        String preambleFolded = preamble(doc, preambleStart, true);
        String preambleText = preamble(doc, preambleStart, false);
        int preambleOffset = doc.offsetOfLine(preambleStart);
        if (org == null) {
            Matcher self = patterns.pattern("self_issuer").matcher(preambleFolded);
            if (self.find()) {
                org = "ubnd";
                issuerUnit = new Unit(self.group("level"), null);
            }
        }
        if (org != null && issuerUnit != null && issuerUnit.name == null) {
            issuerUnit = new Unit(issuerUnit.levelKey, nameForLevel(doc, issuerUnit.levelKey, header, meta));
        } else if ("ubnd".equals(org) && issuerUnit == null) {
            // 'ỦY BAN NHÂN DÂN' with no unit line: the place line or the website says which province.
            String province = provinceFromPlace(header.place).orElse(meta.issuerProvince);
            if (province != null) {
                issuerUnit = new Unit(gazetteer.isCentrallyRunCity(province) ? "thanh pho" : "tinh", province);
            }
        }

        String issuerLevel = issuerLevel(org, issuerUnit);
        String issuer = issuerName(org, header, issuerUnit);

        Parent parent = readParent(preambleFolded, preambleText, preambleOffset, doc, issuerLevel, header);

        String province = null;
        String district = null;
        if (issuerUnit != null && "province".equals(levelOf(issuerUnit))) {
            province = issuerUnit.name;
        } else if (header.partyProvince != null) {
            province = header.partyProvince;
        }
        if (issuerUnit != null && "district".equals(levelOf(issuerUnit))) {
            district = issuerUnit.name;
        }
        if (province == null && header.upperUnit != null && "province".equals(levelOf(header.upperUnit))) {
            province = header.upperUnit.name;
        }
        if (province == null && parent != null && parent.province != null) {
            province = parent.province;
        }
        if (district == null && "commune".equals(issuerLevel) && parent != null && parent.district != null) {
            district = parent.district;
        }
        if (province == null && !"district".equals(issuerLevel) && !"commune".equals(issuerLevel)) {
            // A district's or commune's place line names itself, which may share a province's name.
            province = provinceFromPlace(header.place).orElse(null);
        }
        if (province == null) {
            province = meta.issuerProvince;
        }
        if (province == null && issuerLevel != null && !"central".equals(issuerLevel)) {
            province = mostMentionedProvince(doc).orElse(null);
        }
        if (province != null && "province".equals(issuerLevel) && issuerUnit != null
                && !province.equals(issuerUnit.name)) {
            province = issuerUnit.name;
        }

        String title = header.title != null ? header.title : null;
        int[] period = period(header.title, issueDate, docType);

        return new DocumentHeader(docNumber, docType, issuer, issuerLevel, province, district, issueDate, signer,
                title, period[0] == 0 ? null : period[0], period[1] == 0 ? null : period[1],
                parent == null ? null : parent.number, parent == null ? null : parent.date,
                truncated(doc.text()),
                patterns.pattern("synthetic_marker").matcher(doc.text()).lookingAt());
    }

    /**
     * Whether the text ends cut off. The 'truncation' pattern ends at \z, so it runs on the last words only: the
     * region holds the last {@value #TRUNCATION_REACH} characters that are not white space (a match has at most 9:
     * '(còn tiếp)') and every white space between them, which a find() from every position of a long text would
     * otherwise try in vain.
     */
    private boolean truncated(String text) {
        int from = text.length();
        for (int visible = 0; from > 0 && visible < TRUNCATION_REACH; from--) {
            char c = text.charAt(from - 1);
            if (!Character.isWhitespace(c) && !Character.isSpaceChar(c)) {
                visible++;
            }
        }
        return patterns.pattern("truncation").matcher(text).region(from, text.length()).useTransparentBounds(true)
                .find();
    }

    // ---------------------------------------------------------------- metadata block of a legal website

    private static final class Metadata {
        String number;
        LocalDate issueDate;
        String signer;
        String issuerProvince;
        String type;
    }

    private Metadata readMetadata(DocumentText doc) {
        Metadata m = new Metadata();
        for (int i = 0; i < doc.lineCount(); i++) {
            if (doc.kind(i) != LineKind.METADATA) {
                continue;
            }
            String line = doc.line(i).strip();
            Matcher x;
            if (m.number == null && (x = patterns.pattern("meta_number").matcher(line)).lookingAt()) {
                m.number = DocNumbers.normalize(x.group("v"));
            }
            if (m.issueDate == null && (x = patterns.pattern("meta_issue_date").matcher(line)).lookingAt()) {
                m.issueDate = date(x.group("d"), x.group("m"), x.group("y"));
            }
            if (m.signer == null && (x = patterns.pattern("meta_signer").matcher(line)).lookingAt()) {
                m.signer = personName(x.group("v")).orElse(null);
            }
            if (m.issuerProvince == null && (x = patterns.pattern("meta_issuer").matcher(line)).lookingAt()) {
                String v = x.group("v").strip();
                String f = Fold.chars(v);
                String name = f.startsWith("tinh ") ? v.substring(5) : f.startsWith("thanh pho ") ? v.substring(10) : v;
                m.issuerProvince = gazetteer.canonicalName(name).orElse(null);
            }
            if (m.type == null && (x = patterns.pattern("meta_type").matcher(line)).lookingAt()) {
                m.type = TYPE_BY_WORD.get(Fold.key(x.group("v")));
            }
        }
        return m;
    }

    // ---------------------------------------------------------------- official header

    /** An administrative unit named in a header: level key (folded: tinh, huyen …) and proper name. */
    private record Unit(String levelKey, String name) {
    }

    private static final class HeaderBlock {
        String org;            // ubnd, hdnd, party, department or null
        Unit unit;             // the issuing unit
        Unit upperUnit;        // a unit above the issuer in a two-level header (UBND TỈNH X / SỞ Y)
        String department;     // 'Sở Nội vụ'
        final List<String> partyOrgans = new ArrayList<>(); // 'TỈNH ỦY QUẢNG NGÃI', then 'BAN DÂN VẬN'
        String partyProvince;
        String number;
        String place;
        LocalDate issueDate;
        String typeWord;
        String title;
        int endLine;
    }

    private HeaderBlock readHeaderBlock(DocumentText doc) {
        HeaderBlock h = new HeaderBlock();
        int start = doc.bodyStart();
        int limit = Math.min(doc.bodyEnd(), start + HEADER_MAX_LINES);
        h.endLine = start;
        Pattern number = patterns.pattern("header_number");
        Pattern motto = patterns.pattern("national_motto");
        Pattern typeTitle = patterns.pattern("type_title");
        Pattern subject = patterns.pattern("subject_line");
        Pattern placeDate = patterns.pattern("place_date");
        Pattern dateLine = patterns.pattern("date_line");

        int typeLine = -1;
        int lastHeaderLine = start - 1;
        boolean sawBodyText = false;
        for (int i = start; i <= limit && !sawBodyText; i++) {
            if (doc.kind(i) != LineKind.BODY) {
                continue;
            }
            String line = doc.line(i);
            String folded = doc.foldedLine(i);
            Matcher n = number.matcher(line);
            if (h.number == null && n.find()) {
                h.number = DocNumbers.normalize(n.group("v"));
                lastHeaderLine = i;
            }
            boolean upper = Fold.isUpperCase(line);
            Matcher t = typeTitle.matcher(folded);
            if (upper && t.lookingAt() && typeLine < 0 && isTypeLine(line, folded, t)) {
                typeLine = i;
                h.typeWord = t.group("v");
                break;
            }
            for (String cell : cells(line)) {
                String fc = Fold.chars(cell).strip();
                if (fc.isEmpty() || motto.matcher(fc).lookingAt() || number.matcher(cell).find()) {
                    continue;
                }
                if (Fold.isUpperCase(cell) && readOrgCell(h, cell.strip(), fc)) {
                    lastHeaderLine = i;
                }
            }
            if (motto.matcher(folded).lookingAt() || number.matcher(line).find()) {
                lastHeaderLine = i;
            }
            if (!upper && looksLikeBodyText(line, folded) && !placeDate.matcher(folded).find()
                    && !dateLine.matcher(folded).lookingAt()) {
                sawBodyText = i > lastHeaderLine + 1 || h.org == null;
                if (sawBodyText) {
                    h.endLine = i;
                }
            }
        }

        int titleEnd;
        if (typeLine >= 0) {
            titleEnd = readTitle(doc, h, typeLine, limit);
        } else {
            titleEnd = readUntypedTitle(doc, h, lastHeaderLine, limit, subject);
        }
        h.endLine = Math.max(h.endLine, titleEnd);
        if (h.endLine <= start) {
            h.endLine = Math.max(start, lastHeaderLine + 1);
        }

        // Place and date: anywhere in the header span, possibly split over lines.
        int dateSpanEnd = Math.min(doc.bodyEnd(), Math.max(h.endLine, lastHeaderLine + 1) + 1);
        String headerFolded = doc.foldedBodyText(start, dateSpanEnd);
        String headerText = doc.bodyText(start, dateSpanEnd);
        Matcher pd = placeDate.matcher(headerFolded);
        while (pd.find()) {
            LocalDate d = date(pd.group("d"), pd.group("m"), pd.group("y"));
            String place = headerText.substring(pd.start("place"), pd.end("place")).strip();
            if (d != null && place.chars().anyMatch(Character::isLetter) && !Fold.chars(place).contains("ngay")) {
                h.issueDate = d;
                h.place = place;
                break;
            }
        }
        if (h.issueDate == null) {
            Matcher dl = dateLine.matcher(headerFolded);
            if (dl.find()) {
                h.issueDate = date(dl.group("d"), dl.group("m"), dl.group("y"));
            }
        }
        return h;
    }

    private static boolean isTypeLine(String line, String folded, Matcher typeMatch) {
        // 'KẾ HOẠCH' alone, or 'KẾ HOẠCH THỰC HIỆN …' as one title line; not a sentence that starts with the word.
        String rest = folded.substring(typeMatch.end()).strip();
        return rest.isEmpty() || rest.startsWith("|") || Fold.isUpperCase(line);
    }

    private static boolean looksLikeBodyText(String line, String folded) {
        String s = folded.strip();
        return line.strip().length() > 90 || s.startsWith("can cu") || s.startsWith("thuc hien")
                || s.startsWith("de ") || s.startsWith("nham ") || s.matches("^(?:i|ii|iii|iv|v|\\d+)[.)]\\s.*");
    }

    /** Reads one upper-case header cell; true when it named an organisation or a unit. */
    private boolean readOrgCell(HeaderBlock h, String cell, String folded) {
        Matcher ubnd = patterns.pattern("header_ubnd").matcher(folded);
        Matcher council = patterns.pattern("header_council").matcher(folded);
        Matcher party = patterns.pattern("header_party").matcher(folded);
        Matcher unitLine = patterns.pattern("unit_line").matcher(folded);
        Matcher dept = patterns.pattern("header_department").matcher(folded);
        if (ubnd.lookingAt() || council.lookingAt()) {
            Matcher m = ubnd.lookingAt() ? ubnd : council;
            if (h.unit != null) {
                h.upperUnit = h.unit;
                h.unit = null;
            }
            h.org = m == ubnd ? "ubnd" : "hdnd";
            String rest = cell.substring(m.start("rest"), m.end("rest")).strip();
            Matcher u = patterns.pattern("unit_line").matcher(Fold.chars(rest));
            if (u.lookingAt()) {
                h.unit = unit(u.group("level"), rest.substring(u.start("name"), u.end("name")));
            }
            return true;
        }
        if (party.lookingAt() && !"ubnd".equals(h.org)) {
            readPartyCell(h, cell, folded);
            return true;
        }
        if (unitLine.lookingAt()) {
            Unit u = unit(unitLine.group("level"), cell.substring(unitLine.start("name"), unitLine.end("name")));
            if (h.org != null && h.unit == null) {
                h.unit = u;
            } else if (h.unit == null) {
                h.upperUnit = u;
            }
            return true;
        }
        if (dept.lookingAt() && h.department == null && (h.org != null || h.unit != null || h.upperUnit != null)) {
            if (h.unit != null) {
                h.upperUnit = h.unit;
                h.unit = null;
            }
            h.org = "department";
            h.department = sentenceCase(cell);
            return true;
        }
        return false;
    }

    private static final Map<String, String> PARTY_WORDS = Map.ofEntries(Map.entry("tinh uy", "Tỉnh ủy"),
            Map.entry("thanh uy", "Thành ủy"), Map.entry("huyen uy", "Huyện ủy"), Map.entry("quan uy", "Quận ủy"),
            Map.entry("thi uy", "Thị ủy"), Map.entry("dang uy", "Đảng ủy"), Map.entry("dang bo", "Đảng bộ"),
            Map.entry("ban dan van", "Ban Dân vận"), Map.entry("ban tuyen giao va dan van", "Ban Tuyên giáo và Dân vận"),
            Map.entry("ban thuong vu", "Ban Thường vụ"), Map.entry("ban can su dang", "Ban cán sự đảng"),
            Map.entry("ban chap hanh", "Ban Chấp hành"));

    private void readPartyCell(HeaderBlock h, String cell, String folded) {
        String word = PARTY_WORDS.keySet().stream().filter(folded::startsWith)
                .max((a, b) -> a.length() - b.length()).orElse(null);
        if (word == null) {
            return;
        }
        String placeText = cell.substring(word.length()).strip();
        String place = null;
        if (!placeText.isEmpty()) {
            if (word.startsWith("tinh") || word.startsWith("thanh")) {
                place = gazetteer.longestPrefix(List.of(placeText.split("\\s+"))).map(Gazetteer.Match::name)
                        .orElse(null);
                if (place != null) {
                    h.partyProvince = place;
                }
            }
            if (place == null) {
                place = Fold.titleCase(placeText);
            }
        }
        h.partyOrgans.add(PARTY_WORDS.get(word) + (place == null ? "" : " " + place));
        h.org = "party";
    }

    private Unit unit(String levelKey, String rawName) {
        String key = levelKey.startsWith("tp") ? "thanh pho" : levelKey;
        String name = rawName.strip().replaceAll("[\\s.,;:]+$", "");
        if ("tinh".equals(key) || "thanh pho".equals(key)) {
            Optional<String> province = gazetteer.longestPrefix(List.of(name.split("\\s+")))
                    .map(Gazetteer.Match::name);
            if (province.isPresent() && ("tinh".equals(key) || gazetteer.isCentrallyRunCity(province.get()))) {
                return new Unit(key, province.get());
            }
        }
        return new Unit(key, Fold.isUpperCase(name) ? Fold.titleCase(name) : name);
    }

    private int readTitle(DocumentText doc, HeaderBlock h, int typeLine, int limit) {
        List<String> parts = new ArrayList<>();
        String first = doc.line(typeLine);
        String rest = stripCells(first.substring(Math.min(first.length(),
                leadingTypeWordLength(doc.foldedLine(typeLine))))).strip();
        if (!rest.isEmpty()) {
            parts.add(rest);
        }
        Boolean upperMode = null;
        int i = typeLine + 1;
        int end = typeLine + 1;
        for (; i <= limit && parts.size() < MAX_TITLE_LINES; i++) {
            if (doc.kind(i) == LineKind.BLANK) {
                continue;
            }
            if (doc.kind(i) != LineKind.BODY) {
                break;
            }
            String line = stripCells(doc.line(i)).strip();
            boolean upper = Fold.isUpperCase(line);
            if (upperMode == null) {
                upperMode = upper;
            }
            if (upperMode) {
                // A wrapped title can leave its years alone on a line ('2021 - 2025', '- 2025').
                if (!upper && !line.matches("[\\d\\s\\-–—./]*\\d[\\d\\s\\-–—./]*")) {
                    break;
                }
            } else if (line.length() > 90 || line.endsWith(";") || line.endsWith(":") || line.endsWith(",")
                    || patterns.pattern("doc_number").matcher(line).find() || parts.size() >= 3) {
                break;
            }
            parts.add(line);
            end = i + 1;
        }
        h.title = parts.isEmpty() ? null : String.join(" ", parts).replaceAll("\\s+", " ");
        return end;
    }

    private int readUntypedTitle(DocumentText doc, HeaderBlock h, int lastHeaderLine, int limit, Pattern subject) {
        // 'V/v …' subject line of an official letter, else the first upper-case line after the header lines.
        for (int i = doc.bodyStart(); i <= limit; i++) {
            Matcher s = subject.matcher(doc.foldedLine(i));
            if (doc.kind(i) == LineKind.BODY && s.lookingAt()) {
                h.title = doc.line(i).substring(s.start("v")).strip();
                return i + 1;
            }
        }
        Pattern motto = patterns.pattern("national_motto");
        List<String> parts = new ArrayList<>();
        int end = lastHeaderLine + 1;
        for (int i = lastHeaderLine + 1; i <= limit && parts.size() < MAX_TITLE_LINES; i++) {
            if (doc.kind(i) == LineKind.BLANK) {
                continue;
            }
            String line = stripCells(doc.line(i)).strip();
            if (doc.kind(i) != LineKind.BODY || !Fold.isUpperCase(line)) {
                break;
            }
            if (motto.matcher(Fold.chars(line)).lookingAt() || patterns.pattern("signature_title")
                    .matcher(Fold.chars(line)).lookingAt()) {
                continue;
            }
            parts.add(line);
            end = i + 1;
        }
        h.title = parts.isEmpty() ? null : String.join(" ", parts).replaceAll("\\s+", " ");
        return end;
    }

    private int leadingTypeWordLength(String folded) {
        Matcher t = patterns.pattern("type_title").matcher(folded);
        return t.lookingAt() ? t.end() : 0;
    }

    private static List<String> cells(String line) {
        List<String> out = new ArrayList<>();
        for (String c : line.split("[|\t]")) {
            if (!c.isBlank()) {
                out.add(c);
            }
        }
        return out;
    }

    private static String stripCells(String line) {
        return line.replace('|', ' ').replace('\t', ' ');
    }

    // ---------------------------------------------------------------- issuer

    private String nameForLevel(DocumentText doc, String levelKey, HeaderBlock header, Metadata meta) {
        if ("tinh".equals(levelKey)) {
            Optional<String> fromPlace = provinceFromPlace(header.place);
            if (fromPlace.isPresent()) {
                return fromPlace.get();
            }
            if (meta.issuerProvince != null) {
                return meta.issuerProvince;
            }
        }
        Map<String, Integer> counts = unitMentions(doc, levelKey);
        return counts.entrySet().stream()
                .filter(e -> counts.values().stream().filter(v -> v.equals(e.getValue())).count() == 1)
                .max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(null);
    }

    /** How often each named unit of a level ('huyện Trà Bồng') is mentioned in the body. */
    private Map<String, Integer> unitMentions(DocumentText doc, String levelKey) {
        Map<String, Integer> counts = new HashMap<>();
        String body = doc.foldedBodyText(doc.bodyStart(), doc.bodyEnd());
        String text = doc.bodyText(doc.bodyStart(), doc.bodyEnd());
        unitMention.forEach(body, m -> {
            if (!m.group("level").equals(levelKey)) {
                return true;
            }
            boolean provinceLevel = "tinh".equals(levelKey) || "thanh pho".equals(levelKey);
            List<String> words = provinceLevel ? provinceWords(text, m.end()) : capitalisedWords(text, m.end());
            if (words.isEmpty()) {
                return true;
            }
            String name;
            if (provinceLevel) {
                name = gazetteer.longestPrefix(words).map(Gazetteer.Match::name).orElse(null);
            } else {
                name = String.join(" ", words);
            }
            if (name != null) {
                counts.merge(name, 1, Integer::sum);
            }
            return true;
        });
        return counts;
    }

    private Optional<String> mostMentionedProvince(DocumentText doc) {
        Map<String, Integer> counts = unitMentions(doc, "tinh");
        unitMentions(doc, "thanh pho").forEach((k, v) -> {
            if (gazetteer.isCentrallyRunCity(k)) {
                counts.merge(k, v, Integer::sum);
            }
        });
        Optional<Map.Entry<String, Integer>> best = counts.entrySet().stream().max(Map.Entry.comparingByValue());
        if (best.isEmpty() || counts.values().stream().filter(v -> v.equals(best.get().getValue())).count() > 1) {
            return Optional.empty();
        }
        return Optional.of(best.get().getKey());
    }

    /** Capitalised words that may name a province: any line break may fall inside such a name. */
    static List<String> provinceWords(String text, int offset) {
        return capitalisedWords(text, offset, true);
    }

    static List<String> capitalisedWords(String text, int offset) {
        return capitalisedWords(text, offset, false);
    }

    /**
     * Words that start with a capital letter from {@code offset} on ('Trà Bồng' in 'Trà Bồng về …'). With
     * {@code acrossLines} the run continues over line breaks (the caller keeps only a known name's prefix).
     */
    static List<String> capitalisedWords(String text, int offset, boolean acrossLines) {
        List<String> words = new ArrayList<>();
        int i = offset;
        while (i < text.length() && words.size() < 5) {
            int end = i;
            while (end < text.length() && !Character.isWhitespace(text.charAt(end))) {
                end++;
            }
            if (end == i) {
                break;
            }
            String word = text.substring(i, end);
            String trimmed = word.replaceAll("[.,;:)\\]”\"'!?]+$", "");
            if (trimmed.equals("-") && !words.isEmpty()) {
                words.add(trimmed);
            } else if (!trimmed.isEmpty() && Character.isUpperCase(trimmed.charAt(0))
                    && trimmed.chars().allMatch(c -> Character.isLetter(c) || c == '-')) {
                words.add(trimmed);
            } else {
                break;
            }
            // A hard line break may split a name ('Quảng\nNgãi', 'Bà Rịa -\nVũng Tàu'), but a line that ends a
            // complete two-word name ends it.
            boolean lineEnds = end < text.length() && text.charAt(end) == '\n';
            if (!trimmed.equals(word) || end >= text.length() || lineEnds && !acrossLines && words.size() >= 2
                    && !words.get(words.size() - 1).equals("-")) {
                break;
            }
            i = end + 1;
        }
        while (!words.isEmpty() && words.get(words.size() - 1).equals("-")) {
            words.remove(words.size() - 1);
        }
        return words;
    }

    private Optional<String> provinceFromPlace(String place) {
        if (place == null) {
            return Optional.empty();
        }
        String p = place.replaceFirst("(?i)^(tp\\.?|thành phố|tỉnh)\\s*", "");
        return gazetteer.canonicalName(p);
    }

    private String levelOf(Unit u) {
        if (u == null) {
            return null;
        }
        return switch (u.levelKey) {
            case "tinh" -> "province";
            case "thanh pho" -> u.name != null && gazetteer.isCentrallyRunCity(u.name) ? "province" : "district";
            case "huyen", "quan", "thi xa" -> "district";
            case "xa", "phuong", "thi tran" -> "commune";
            default -> null;
        };
    }

    private String issuerLevel(String org, Unit unit) {
        if (org == null) {
            return null;
        }
        return switch (org) {
            case "party" -> "party";
            case "department" -> "department";
            default -> levelOf(unit);
        };
    }

    private String issuerName(String org, HeaderBlock h, Unit unit) {
        if (org == null) {
            return null;
        }
        return switch (org) {
            case "party" -> {
                // 'TỈNH ỦY QUẢNG NGÃI' above 'BAN DÂN VẬN' is the board of that committee.
                List<String> organs = new ArrayList<>(h.partyOrgans);
                java.util.Collections.reverse(organs);
                yield String.join(" ", organs);
            }
            case "department" -> h.department + (h.upperUnit == null || h.upperUnit.name == null ? ""
                    : " " + LEVEL_WORD.get(h.upperUnit.levelKey) + " " + h.upperUnit.name);
            default -> unit == null || unit.name == null ? null
                    : ("hdnd".equals(org) ? "HĐND " : "UBND ") + LEVEL_WORD.get(unit.levelKey) + " " + unit.name;
        };
    }

    // ---------------------------------------------------------------- parent plan

    private record Parent(String number, LocalDate date, String province, String district) {
    }

    private Parent readParent(String preambleFolded, String preambleText, int preambleOffset, DocumentText doc,
                              String issuerLevel, HeaderBlock header) {
        Parent[] found = new Parent[1];
        parentPlan.forEach(preambleFolded, m -> {
            String level = m.group("level");
            int citedRank = rank(level);
            int ownRank = "department".equals(issuerLevel) && header.upperUnit != null
                    ? rank(header.upperUnit.levelKey) - 1 : rankOfLevel(issuerLevel);
            if (ownRank >= citedRank) {
                return true;
            }
            String number = DocNumbers.normalize(preambleText.substring(m.start("v"), m.end("v")));
            LocalDate date = null;
            if (m.group("date") != null) {
                String[] parts = m.group("date").replaceAll("\\s+", " ").replaceAll("[^0-9]+", " ").strip()
                        .split(" ");
                date = date(parts[0], parts[1], parts[2]);
            }
            List<String> words = rank(level) == 3 ? provinceWords(preambleText, m.end("level") + 1)
                    : capitalisedWords(preambleText, m.end("level") + 1);
            String province = null;
            String district = null;
            if (!words.isEmpty()) {
                if (citedRank == 3) {
                    province = gazetteer.longestPrefix(words).map(Gazetteer.Match::name).orElse(null);
                } else if (citedRank == 2) {
                    district = String.join(" ", words);
                }
            }
            found[0] = new Parent(number, date, province, district);
            return false;
        });
        return found[0];
    }

    private static int rank(String levelKey) {
        return switch (levelKey) {
            case "tinh", "thanh pho" -> 3;
            case "huyen", "quan", "thi xa" -> 2;
            default -> 1;
        };
    }

    private static int rankOfLevel(String issuerLevel) {
        if (issuerLevel == null) {
            return 0;
        }
        return switch (issuerLevel) {
            case "central" -> 4;
            case "province" -> 3;
            case "district" -> 2;
            case "commune" -> 1;
            default -> 0;
        };
    }

    private String preamble(DocumentText doc, int fromLine, boolean folded) {
        int from = Math.min(fromLine, doc.bodyEnd());
        String s = folded ? doc.foldedBodyText(from, doc.bodyEnd()) : doc.bodyText(from, doc.bodyEnd());
        return s.length() > PREAMBLE_MAX_CHARS ? s.substring(0, PREAMBLE_MAX_CHARS) : s;
    }

    // ---------------------------------------------------------------- signer

    private Optional<String> readSigner(DocumentText doc) {
        Pattern title = patterns.pattern("signature_title");
        Pattern org = patterns.pattern("signature_org");
        Pattern signed = patterns.pattern("signed_marker");
        for (int i = doc.bodyEnd(); i >= doc.bodyStart(); i--) {
            if (doc.kind(i) != LineKind.BODY || !title.matcher(doc.foldedLine(i)).lookingAt()) {
                continue;
            }
            for (int j = i + 1; j <= Math.min(doc.lineCount() - 1, i + 10); j++) {
                if (doc.kind(j) == LineKind.BLANK) {
                    continue;
                }
                if (doc.kind(j) != LineKind.BODY) {
                    break;
                }
                String f = doc.foldedLine(j);
                if (title.matcher(f).lookingAt() || org.matcher(f).lookingAt() || signed.matcher(f).lookingAt()) {
                    continue;
                }
                Optional<String> name = personName(stripCells(doc.line(j)));
                if (name.isPresent()) {
                    return name;
                }
                break;
            }
        }
        return Optional.empty();
    }

    /** A person's name: 2–6 capitalised words, no digits or punctuation; all-capitals names are title-cased. */
    static Optional<String> personName(String raw) {
        String s = raw.replaceAll("\\((?i:đã ký|ký)\\)", "").replaceAll("\\s+", " ").strip();
        String[] words = s.split(" ");
        if (words.length < 2 || words.length > 6 || s.length() > 50) {
            return Optional.empty();
        }
        if (NOT_A_NAME_START.contains(Fold.key(words[0]))) {
            return Optional.empty();
        }
        for (String w : words) {
            // Letters only, but names of the Central Highlands carry an apostrophe inside: 'H'Lan Niê', 'Y Ksơr'.
            if (w.isEmpty() || !Character.isUpperCase(w.charAt(0))
                    || !w.chars().allMatch(c -> Character.isLetter(c) || c == '\'' || c == '’')
                    || !Character.isLetter(w.charAt(w.length() - 1))) {
                return Optional.empty();
            }
        }
        return Optional.of(Fold.isUpperCase(s) ? Fold.titleCase(s) : s);
    }

    // ---------------------------------------------------------------- type, period, dates

    private String docType(String number, String typeWord, String metaType) {
        String fromNumber = number == null ? null : DocNumbers.typeOf(number);
        String fromWord = typeWord == null ? null : TYPE_BY_WORD.getOrDefault(typeWord, "other");
        if (fromNumber != null && DocNumbers.hasTypeCode(number)) {
            return fromNumber;
        }
        if (fromWord != null) {
            return fromWord;
        }
        if (fromNumber != null) {
            return fromNumber;
        }
        return metaType != null ? metaType : "other";
    }

    private int[] period(String title, LocalDate issueDate, String docType) {
        int issueYear = issueDate == null ? 0 : issueDate.getYear();
        if (title != null) {
            String f = Fold.chars(title);
            Matcher range = patterns.pattern("period_range").matcher(f);
            if (range.find()) {
                return ordered(Integer.parseInt(range.group("from")), Integer.parseInt(range.group("to")));
            }
            Matcher until = patterns.pattern("period_until").matcher(f);
            if (until.find()) {
                int to = Integer.parseInt(until.group("to"));
                return issueYear > 0 && issueYear <= to ? new int[] {issueYear, to} : new int[] {0, to};
            }
            Matcher year = patterns.pattern("period_year").matcher(f);
            if (year.find()) {
                int y = Integer.parseInt(year.group("y"));
                return new int[] {y, y};
            }
        }
        if ("CT".equals(docType) && issueYear > 0) {
            // A directive takes effect when issued and runs until replaced.
            return new int[] {issueYear, 0};
        }
        return new int[] {0, 0};
    }

    private static int[] ordered(int a, int b) {
        return a <= b ? new int[] {a, b} : new int[] {a, 0};
    }

    static LocalDate date(String d, String m, String y) {
        try {
            LocalDate date = LocalDate.of(Integer.parseInt(y.strip()), Integer.parseInt(m.strip()),
                    Integer.parseInt(d.strip()));
            return date.getYear() >= 1945 && date.getYear() <= 2100 ? date : null;
        } catch (DateTimeException | NumberFormatException e) {
            return null;
        }
    }

    private static String sentenceCase(String upper) {
        String lower = upper.strip().toLowerCase(Locale.ROOT);
        if (lower.isEmpty()) {
            return lower;
        }
        // 'SỞ NỘI VỤ' → 'Sở Nội vụ': the organ word and the first word of its name capitalised.
        String[] words = lower.split("\\s+");
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < words.length; i++) {
            String w = words[i];
            if (i <= 1 && !w.isEmpty()) {
                w = Character.toUpperCase(w.charAt(0)) + w.substring(1);
            }
            out.append(i == 0 ? "" : " ").append(w);
        }
        return out.toString();
    }
}
