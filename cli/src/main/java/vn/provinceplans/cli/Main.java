package vn.provinceplans.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code ./warehouse}: build the warehouse, query it, explore it. */
@Command(name = "warehouse", mixinStandardHelpOptions = true, version = "province-plans-warehouse 0.1.0",
        description = "Province Plans Warehouse: Spark jobs turn provincial plans and reports into a Parquet "
                + "warehouse; DuckDB answers SQL over it.",
        subcommands = {RunCommand.class, WatchCommand.class, QueryCommand.class, SqlCommand.class, ChartsCommand.class,
            SnapshotsCommand.class, RollbackCommand.class, GenerateCommand.class, EvalCommand.class,
            CommandLine.HelpCommand.class})
public final class Main {

    public static void main(String[] args) {
        System.exit(execute(args));
    }

    public static int execute(String... args) {
        return new CommandLine(new Main()).setCaseInsensitiveEnumValuesAllowed(true).execute(args);
    }
}
