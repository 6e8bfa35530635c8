package vn.provinceplans.jobs;

import java.util.ArrayList;
import java.util.List;

import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

import vn.provinceplans.schema.ColumnSpec;
import vn.provinceplans.schema.ColumnType;
import vn.provinceplans.schema.TableSpec;

/** The contract's types as Spark types. */
public final class SparkSchemas {

    private SparkSchemas() {
    }

    public static StructType of(TableSpec table) {
        return of(table.columns());
    }

    public static StructType of(List<ColumnSpec> columns) {
        List<StructField> fields = new ArrayList<>();
        for (ColumnSpec c : columns) {
            fields.add(DataTypes.createStructField(c.name(), sparkType(c.type()), c.nullable()));
        }
        return DataTypes.createStructType(fields);
    }

    public static DataType sparkType(ColumnType type) {
        return switch (type) {
            case STRING -> DataTypes.StringType;
            case INT -> DataTypes.IntegerType;
            case BIGINT -> DataTypes.LongType;
            case DOUBLE -> DataTypes.DoubleType;
            case BOOLEAN -> DataTypes.BooleanType;
            case DATE -> DataTypes.DateType;
            case TIMESTAMP -> DataTypes.TimestampType;
            case ARRAY_STRING -> DataTypes.createArrayType(DataTypes.StringType, false);
        };
    }
}
