package vn.provinceplans.jobs.tables;

import static org.apache.spark.sql.functions.array_except;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_list;
import static org.apache.spark.sql.functions.element_at;
import static org.apache.spark.sql.functions.expr;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.size;
import static org.apache.spark.sql.functions.sort_array;
import static org.apache.spark.sql.functions.struct;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

import vn.provinceplans.extract.reference.Gazetteer;
import vn.provinceplans.extract.reference.Province;
import vn.provinceplans.jobs.LocalRows;
import vn.provinceplans.jobs.PipelineData;
import vn.provinceplans.jobs.TableJob;
import vn.provinceplans.jobs.TableSource;

/**
 * index_scores_rollup: scores rolled up to the 34 current units. The rule: for each index, year, dimension and
 * series, the unweighted mean of the scores of the unit's predecessors that have one, with the lowest and highest
 * score and which provinces have data; {@code complete} says whether every predecessor has. Population or area
 * weights are not applied (the warehouse ships none), so the mean is not an official score of the new unit.
 */
public final class IndexScoresRollupJob implements TableJob {

    static final StructType MEMBERS = DataTypes.createStructType(List.of(
            DataTypes.createStructField("m_successor_code", DataTypes.StringType, false),
            DataTypes.createStructField("m_successor_valid_from", DataTypes.DateType, false),
            DataTypes.createStructField("m_province_valid_from", DataTypes.DateType, false),
            DataTypes.createStructField("members", DataTypes.createArrayType(DataTypes.StringType, false), false)));

    @Override
    public String table() {
        return "index_scores_rollup";
    }

    /** It reads index_scores. */
    @Override
    public Set<TableSource> sources() {
        return EnumSet.of(TableSource.INDICES);
    }

    @Override
    public Dataset<Row> build(PipelineData data) {
        // The index_scores table this run has just written (a view under its contract name), not a second build
        // of the scores on the driver.
        Dataset<Row> scores = data.spark().table("index_scores").where(col("score").isNotNull());
        Dataset<Row> grouped = scores
                .groupBy("index_name", "year", "dimension", "dimension_name", "dimension_level", "comparable_series",
                        "scale", "successor_code", "successor_name", "successor_valid_from", "province_valid_from")
                .agg(sort_array(collect_list(struct(col("score"), col("province")))).as("by_score"),
                        sort_array(collect_list(col("province"))).as("provinces_with_data"),
                        max(col("synthetic")).as("synthetic"));
        Dataset<Row> members = LocalRows.frame(data.spark(), members(Gazetteer.get()), MEMBERS);
        return grouped.join(members, grouped.col("successor_code").equalTo(members.col("m_successor_code"))
                                .and(grouped.col("successor_valid_from").equalTo(members.col("m_successor_valid_from")))
                                .and(grouped.col("province_valid_from").equalTo(members.col("m_province_valid_from"))),
                        "left")
                .withColumn("score_mean", expr("aggregate(by_score, 0D, (acc, x) -> acc + x.score) / size(by_score)"))
                .withColumn("score_min", element_at(col("by_score"), 1).getField("score"))
                .withColumn("province_min", element_at(col("by_score"), 1).getField("province"))
                .withColumn("score_max", element_at(col("by_score"), -1).getField("score"))
                .withColumn("province_max", element_at(col("by_score"), -1).getField("province"))
                .withColumn("predecessors", size(col("members")))
                .withColumn("predecessors_with_data", size(col("provinces_with_data")))
                .withColumn("provinces_without_data", sort_array(array_except(col("members"),
                        col("provinces_with_data"))))
                .withColumn("complete", col("predecessors_with_data").equalTo(col("predecessors")));
    }

    /** For each current unit and era: the provinces that roll up to it (a current unit's own scores: itself). */
    static List<Row> members(Gazetteer g) {
        Map<String, List<String>> names = new TreeMap<>();
        Map<String, Object[]> keys = new TreeMap<>();
        for (Province p : g.provinces()) {
            Province s = g.successor(p);
            String key = s.code() + "|" + s.validFrom() + "|" + p.validFrom();
            names.computeIfAbsent(key, k -> new ArrayList<>()).add(p.name());
            keys.put(key, new Object[] {s.code(), s.validFrom(), p.validFrom()});
        }
        List<Row> rows = new ArrayList<>();
        names.forEach((key, list) -> {
            Object[] k = keys.get(key);
            rows.add(RowFactory.create(k[0], k[1], k[2], list.stream().sorted().toArray(String[]::new)));
        });
        return rows;
    }
}
