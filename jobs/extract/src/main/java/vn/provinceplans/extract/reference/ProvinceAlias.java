package vn.provinceplans.extract.reference;

import java.io.Serializable;

/**
 * One spelling of a provincial unit: 'HCMC', 'TP.HCM', 'Thanh Hoá'. {@code key} is {@code Fold.key(alias)}, the only
 * thing a lookup compares.
 *
 * @param origin where the spelling comes from: {@code name}, {@code ascii_name}, {@code prefixed} (generated 'Tỉnh X',
 *               'Thành phố X', 'TP. X'), {@code curated} ({@code data/reference/province_aliases.csv}) or
 *               {@code observed} (seen in a loaded index file)
 * @param note   where the spelling is seen, or what file used it
 */
public record ProvinceAlias(String alias, String key, Province unit, String origin, String note)
        implements Serializable {
}
