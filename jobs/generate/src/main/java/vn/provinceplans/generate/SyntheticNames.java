package vn.provinceplans.generate;

import java.util.Random;

import vn.provinceplans.extract.reference.Gazetteer;

/**
 * Made-up Vietnamese names for people, districts and communes. They sound like real ones but are drawn from
 * syllable lists, so no generated document names a real official or a real district.
 */
final class SyntheticNames {

    private static final String[] SURNAMES = {"Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ",
        "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý", "Đoàn", "Mai", "Cao", "Đinh", "Trương", "Lương", "Tạ", "Hà"};
    private static final String[] MIDDLE = {"Văn", "Thị", "Đức", "Minh", "Quốc", "Thanh", "Hữu", "Ngọc", "Xuân",
        "Công", "Tấn", "Thu", "Kim", "Bá", "Đình"};
    private static final String[] GIVEN = {"An", "Bình", "Cường", "Dũng", "Hà", "Hải", "Hùng", "Hương", "Khánh",
        "Lan", "Long", "Mai", "Nam", "Nga", "Phong", "Phúc", "Quân", "Sơn", "Tâm", "Thắng", "Thảo", "Trung", "Tuấn",
        "Vinh", "Yến", "Hiếu", "Lâm", "Toàn", "Việt", "Hòa"};
    private static final String[] PLACE = {"Sơn", "Hà", "Bình", "An", "Phú", "Tân", "Đông", "Tây", "Nam", "Bắc",
        "Hòa", "Thạnh", "Lộc", "Mỹ", "Long", "Vĩnh", "Thuận", "Hưng", "Định", "Trà", "Minh", "Kim", "Xuân", "Đức",
        "Phước", "Quế", "Thủy", "Lâm", "Cam", "Hải"};

    private SyntheticNames() {
    }

    static String person(Random r) {
        String name = pick(r, SURNAMES) + " " + pick(r, MIDDLE) + " " + pick(r, GIVEN);
        return r.nextInt(4) == 0 ? pick(r, SURNAMES) + " " + pick(r, MIDDLE) + " " + pick(r, GIVEN) + " "
                + pick(r, GIVEN) : name;
    }

    /** Two different syllables: 'Sơn Hà', 'Tân Phú'; never a province's name, so a test never depends on luck. */
    static String place(Random r) {
        while (true) {
            String a = pick(r, PLACE);
            String b = pick(r, PLACE);
            String name = a + " " + b;
            if (!b.equals(a) && Gazetteer.get().canonicalName(name).isEmpty()) {
                return name;
            }
        }
    }

    static String pick(Random r, String[] values) {
        return values[r.nextInt(values.length)];
    }
}
