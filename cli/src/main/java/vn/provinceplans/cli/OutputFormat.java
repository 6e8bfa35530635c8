package vn.provinceplans.cli;

/** How a query result is printed. */
enum OutputFormat { TABLE, CSV, JSON }
