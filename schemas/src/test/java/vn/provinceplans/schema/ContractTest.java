package vn.provinceplans.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

class ContractTest {

    private static final Path README = Path.of("..", "README.md");

    @Test
    void everyTableHasColumnsAndDocumentation() {
        Contract c = Contract.get();
        assertFalse(c.tables().isEmpty());
        for (TableSpec t : c.tables()) {
            assertFalse(t.columns().isEmpty(), t.name());
            assertFalse(t.description().isBlank(), t.name());
            for (ColumnSpec col : t.columns()) {
                assertFalse(col.description().isBlank(), t.name() + "." + col.name() + " has no description");
                assertTrue(col.name().matches("[a-z][a-z0-9_]*"), t.name() + "." + col.name());
            }
        }
    }

    @Test
    void documentsHasTheColumnsLaterChecksRelyOn() {
        TableSpec d = Contract.get().table("documents");
        for (String c : new String[] {"doc_id", "source_path", "source_format", "doc_number", "doc_type", "issuer",
            "issuer_level", "province", "district", "issue_date", "signer", "title", "period_start", "period_end",
            "parent_doc_number", "synthetic"}) {
            assertTrue(d.column(c).isPresent(), c);
        }
        assertEquals(ColumnType.DATE, d.column("issue_date").orElseThrow().type());
        assertEquals(ColumnType.INT, d.column("period_start").orElseThrow().type());
        assertEquals(ColumnType.BOOLEAN, d.column("synthetic").orElseThrow().type());
    }

    /**
     * The README's table reference is generated from the contract. To refresh it after editing the contract:
     * {@code mvn -pl schemas test -Dreadme.update=true}.
     */
    @Test
    void readmeTableReferenceIsGeneratedFromTheContract() throws IOException {
        String readme = Files.readString(README, StandardCharsets.UTF_8);
        int begin = readme.indexOf(TableReference.BEGIN);
        int end = readme.indexOf(TableReference.END);
        assertTrue(begin >= 0 && end > begin, "README.md lacks the table-reference markers");
        String generated = TableReference.BEGIN + "\n\n" + TableReference.markdown(Contract.get()) + "\n" + TableReference.END;
        String current = readme.substring(begin, end + TableReference.END.length());
        if (Boolean.getBoolean("readme.update") && !current.equals(generated)) {
            Files.writeString(README, readme.substring(0, begin) + generated
                    + readme.substring(end + TableReference.END.length()), StandardCharsets.UTF_8);
            return;
        }
        assertEquals(generated, current, "README.md's table reference is stale: run "
                + "mvn -pl schemas test -Dreadme.update=true");
    }
}
