package vn.provinceplans.extract.eval;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import vn.provinceplans.extract.DocumentFacts;
import vn.provinceplans.extract.facts.Deadline;
import vn.provinceplans.extract.facts.IndexMention;
import vn.provinceplans.extract.facts.ModelCount;
import vn.provinceplans.extract.header.DocumentHeader;

/**
 * The extracted facts of a document as the cells of a labelled truth file (the columns of
 * {@code seeds_truth.csv} and a few more). Empty string is NULL; several values are sorted and joined with ';'.
 */
public final class FactFields {

    /** Every column a truth file may have, besides {@code file} and {@code notes}. */
    public static final List<String> FIELDS = List.of("doc_number", "doc_type", "issuer", "issuer_level", "province",
            "district", "issue_date", "signer", "title", "period_start", "period_end", "parent_doc_number",
            "parent_doc_date", "truncated", "synthetic", "mentions_sipas", "mentions_papi", "mentions_pci",
            "index_names", "sub_plan_deadline", "six_month_report_deadline", "annual_report_deadline",
            "model_registration_deadline", "self_assessment_deadline", "other_deadline", "models_target_per_unit",
            "models_registered", "models_recognized", "models_cumulative", "models_other");

    private FactFields() {
    }

    public static boolean known(String column) {
        return FIELDS.contains(column);
    }

    public static String value(DocumentFacts facts, String field) {
        Object v = switch (field) {
            case "mentions_sipas" -> facts.mentions("SIPAS");
            case "mentions_papi" -> facts.mentions("PAPI");
            case "mentions_pci" -> facts.mentions("PCI");
            case "index_names" -> join(facts.indexMentions().stream().map(IndexMention::indexName).toList());
            case "sub_plan_deadline" -> deadlines(facts, "sub_plan");
            case "six_month_report_deadline" -> deadlines(facts, "six_month_report");
            case "annual_report_deadline" -> deadlines(facts, "annual_report");
            case "model_registration_deadline" -> deadlines(facts, "model_registration");
            case "self_assessment_deadline" -> deadlines(facts, "self_assessment");
            case "other_deadline" -> deadlines(facts, "other");
            case "models_target_per_unit" -> models(facts, "target_per_unit");
            case "models_registered" -> models(facts, "registered");
            case "models_recognized" -> models(facts, "recognized");
            case "models_cumulative" -> models(facts, "cumulative");
            case "models_other" -> models(facts, "other");
            default -> headerValue(facts.header(), field);
        };
        return v == null ? "" : Objects.toString(v);
    }

    /** A header column of a truth file as its cell; empty string is NULL. */
    public static String headerValue(DocumentHeader h, String field) {
        Object v = switch (field) {
            case "doc_number" -> h.docNumber();
            case "doc_type" -> h.docType();
            case "issuer" -> h.issuer();
            case "issuer_level" -> h.issuerLevel();
            case "province" -> h.province();
            case "district" -> h.district();
            case "issue_date" -> h.issueDate();
            case "signer" -> h.signer();
            case "title" -> h.title();
            case "period_start" -> h.periodStart();
            case "period_end" -> h.periodEnd();
            case "parent_doc_number" -> h.parentDocNumber();
            case "parent_doc_date" -> h.parentDocDate();
            case "truncated" -> h.truncated();
            case "synthetic" -> h.synthetic();
            default -> throw new IllegalArgumentException("unknown truth column '" + field + "'");
        };
        return v == null ? "" : Objects.toString(v);
    }

    /** The canonical form of a cell, so that '2021-03-19' and ' 2021-03-19 ', 'TRUE' and 'true' compare equal. */
    public static String canonical(String field, String cell) {
        String s = cell == null ? "" : java.text.Normalizer.normalize(cell.strip(), java.text.Normalizer.Form.NFC);
        if (field.startsWith("mentions_") || field.equals("truncated") || field.equals("synthetic")) {
            return s.toLowerCase(Locale.ROOT);
        }
        if (s.contains(";")) {
            List<String> parts = List.of(s.split(";")).stream().map(String::strip).filter(p -> !p.isEmpty()).toList();
            return join(parts);
        }
        return s;
    }

    private static String deadlines(DocumentFacts facts, String kind) {
        return join(facts.deadlines().stream().filter(d -> d.kind().equals(kind)).map(Deadline::label).toList());
    }

    private static String models(DocumentFacts facts, String kind) {
        return join(facts.modelCounts().stream().filter(m -> m.kind().equals(kind))
                .map(m -> Integer.toString(m.count())).toList());
    }

    /** Distinct values, numbers in numeric order, others in text order, joined with ';'. */
    static String join(List<String> values) {
        Set<String> sorted = new TreeSet<>(Comparator.comparing((String s) -> s.matches("\\d+") ? 0 : 1)
                .thenComparing(s -> s.matches("\\d+") ? String.format("%012d", Long.parseLong(s)) : s));
        sorted.addAll(values);
        return sorted.stream().collect(Collectors.joining(";"));
    }
}
