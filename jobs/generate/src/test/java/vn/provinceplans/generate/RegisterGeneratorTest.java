package vn.provinceplans.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.provinceplans.extract.registers.RegisterReader;

class RegisterGeneratorTest {

    @Test
    void generatedRegistersReadBackCleanAllSyntheticAndWithEveryOutcome(@TempDir Path out) throws IOException {
        RegisterGenerator.Summary s = new RegisterGenerator().generate(out, 3, 2022, 2023, 2);
        RegisterReader.Result log = RegisterReader.read("log.csv", Files.readAllBytes(s.submissionsFile()));
        RegisterReader.Result models = RegisterReader.read("models.csv", Files.readAllBytes(s.modelsFile()));
        assertEquals("submission_log", log.format());
        assertEquals("model_registry", models.format());
        assertEquals(java.util.List.of(), log.problems());
        assertEquals(java.util.List.of(), models.problems());
        assertEquals(s.submissions(), log.rows().size());
        assertEquals(s.models(), models.rows().size());
        Set<String> provinces = new HashSet<>();
        boolean onTime = false;
        boolean late = false;
        boolean never = false;
        boolean unrecorded = false;
        for (var row : log.rows()) {
            assertEquals(true, row.get("synthetic"));
            provinces.add((String) row.get("province"));
            var received = (java.time.LocalDate) row.get("received_date");
            var due = (java.time.LocalDate) row.get("due_date");
            onTime |= received != null && !received.isAfter(due);
            late |= received != null && received.isAfter(due);
            never |= received == null && !Boolean.TRUE.equals(row.get("received_unknown"));
            unrecorded |= Boolean.TRUE.equals(row.get("received_unknown"));
        }
        assertEquals(63, provinces.size());
        assertTrue(onTime && late && never && unrecorded);
        assertTrue(models.rows().stream().allMatch(r -> Boolean.TRUE.equals(r.get("synthetic"))));
    }
}
