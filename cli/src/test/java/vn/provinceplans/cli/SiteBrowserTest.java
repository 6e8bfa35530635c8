package vn.provinceplans.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.logging.Level;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.WebDriverWait;

import com.sun.net.httpserver.HttpServer;

/**
 * The dashboard site in a real browser: {@code ./warehouse run} on the five seed documents, one document titled
 * {@code <script>alert(1)</script>} and the synthetic sample registers builds the site as its last stage; Debian's
 * chromium (headless, driven by Selenium through Debian's chromedriver, never a downloaded one) then opens the
 * overview and three province pages from the file system and from a local static server, and finds every image
 * loaded, no console error and the expected headings. Screenshots go to {@code target/site-screenshots/}.
 */
class SiteBrowserTest {

    static final Path CHROMIUM = Path.of(System.getProperty("ppw.chromium", "/usr/bin/chromium"));
    static final Path CHROMEDRIVER = Path.of(System.getProperty("ppw.chromedriver", "/usr/bin/chromedriver"));
    static final String SCRIPT_TITLE = "<script>alert(1)</script> thực hiện quy chế dân chủ ở cơ sở năm 2023";
    static final Path SCREENSHOTS = Path.of("target", "site-screenshots");

    @TempDir
    static Path input;
    @TempDir
    static Path warehouse;
    @TempDir
    static Path profile;

    static CliRunner.Outcome run;
    static Path site;
    static HttpServer server;
    static ChromeDriver browser;

    @BeforeAll
    static void runThenOpenABrowser() throws IOException {
        for (Path tool : List.of(CHROMIUM, CHROMEDRIVER)) {
            if (!Files.isExecutable(tool)) {
                fail("the browser test needs Debian's chromium and chromium-driver, but " + tool + " is missing: "
                        + "apt-get install chromium chromium-driver (.ci/test does it when run as root), or point "
                        + "-Dppw.chromium and -Dppw.chromedriver at them");
            }
        }
        for (String seed : List.of("000_ea03109a8b6352e8.txt", "001_f1f991f8cba4e782.txt", "002_28848263089081f8.txt",
                "003_e70bdb88bc6abf4f.txt", "004_38aabbfab1e98a3d.txt")) {
            try (InputStream in = SiteBrowserTest.class.getResourceAsStream("/seeds/" + seed)) {
                Files.write(input.resolve(seed), Objects.requireNonNull(in, seed).readAllBytes());
            }
        }
        Files.writeString(input.resolve("xss.txt"), "ỦY BAN NHÂN DÂN\nTỈNH QUẢNG NGÃI\nSố: 99/KH-UBND\n"
                + "Quảng Ngãi, ngày 10 tháng 3 năm 2023\n\nKẾ HOẠCH\n" + SCRIPT_TITLE + "\n\n"
                + "Thực hiện Kết luận số 120-KL/TW, UBND tỉnh ban hành kế hoạch nâng cao chỉ số PAPI.\n"
                + "Các huyện báo cáo kết quả trước ngày 15/11/2023.\n", StandardCharsets.UTF_8);
        run = CliRunner.run("run", "--input", input.toString(), "--warehouse", warehouse.toString(), "--registers",
                Path.of("..", "data", "registers", "sample").toString(), "--master", "local[2]");
        assertEquals(0, run.exitCode(), run.err());
        site = warehouse.resolve("site").toRealPath();

        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            Path file = site.resolve(exchange.getRequestURI().getPath().substring(1)).normalize();
            if (!file.startsWith(site) || !Files.isRegularFile(file)) {
                exchange.sendResponseHeaders(404, -1);
                exchange.close();
                return;
            }
            String name = file.getFileName().toString();
            exchange.getResponseHeaders().set("Content-Type", name.endsWith(".html") ? "text/html; charset=utf-8"
                    : name.endsWith(".svg") ? "image/svg+xml" : name.endsWith(".png") ? "image/png"
                    : name.endsWith(".css") ? "text/css" : name.endsWith(".js") ? "text/javascript"
                    : "text/csv; charset=utf-8");
            exchange.sendResponseHeaders(200, Files.size(file));
            try (OutputStream out = exchange.getResponseBody()) {
                Files.copy(file, out);
            }
        });
        server.start();

        // Debian's chromedriver, named explicitly, so Selenium Manager never looks for (or downloads) a driver.
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort().build();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--no-first-run", "--disable-sync", "--disable-dev-shm-usage",
                "--user-data-dir=" + profile, "--window-size=1280,1400");
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        browser = new ChromeDriver(service, options);
        Files.createDirectories(SCREENSHOTS);
    }

    @AfterAll
    static void close() {
        if (browser != null) {
            browser.quit();
        }
        if (server != null) {
            server.stop(0);
        }
    }

    @Test
    void theRunBuiltTheSiteAsItsLastStage() {
        assertTrue(run.out().contains("published snapshot"), run.out());
        assertTrue(run.out().matches("(?s).*site .*/index\\.html: \\d+ pages, \\d+ charts.*"), run.out());
        assertTrue(run.err().contains("charts"), run.err());
    }

    @Test
    void theOverviewAndThreeProvincePagesLoadCompletelyFromFilesAndFromAServer() throws IOException {
        Map<String, String> pages = Map.of(
                "index.html", "Tổng quan toàn quốc",
                "provinces/51-quang-ngai.html", "Quảng Ngãi",
                "provinces/24-bac-giang.html", "Bắc Giang",
                "units/24-bac-ninh.html", "Bắc Ninh");
        List<String> problems = new ArrayList<>();
        for (Map.Entry<String, String> p : pages.entrySet()) {
            for (String base : List.of(site.toUri().toString(),
                    "http://127.0.0.1:" + server.getAddress().getPort() + "/")) {
                String url = base + p.getKey();
                open(url);
                String h1 = browser.findElement(By.tagName("h1")).getText();
                if (!h1.equals(p.getValue())) {
                    problems.add(url + ": heading '" + h1 + "'");
                }
                List<?> broken = (List<?>) ((JavascriptExecutor) browser).executeScript(
                        "return Array.from(document.images).filter(i => !i.complete || i.naturalWidth === 0)"
                                + ".map(i => i.src)");
                if (!broken.isEmpty()) {
                    problems.add(url + ": broken images " + broken);
                }
                for (LogEntry e : browser.manage().logs().get(LogType.BROWSER)) {
                    if (e.getLevel().intValue() >= Level.SEVERE.intValue()) {
                        problems.add(url + ": console " + e.getMessage());
                    }
                }
                if (browser.findElements(By.cssSelector("div.banner")).isEmpty()) {
                    problems.add(url + ": no banner, though the registers are synthetic");
                }
                if (base.startsWith("http")) {
                    screenshot(p.getKey().replace('/', '-').replace(".html", ".png"));
                }
            }
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void aDocumentTitledWithAScriptShowsTheScriptAsText() throws IOException {
        open(site.resolve("provinces/51-quang-ngai.html").toUri().toString());
        WebElement link = browser.findElement(By.linkText(SCRIPT_TITLE));
        link.click();
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> d.getCurrentUrl().contains("/documents/"));
        assertThrows(NoAlertPresentException.class, () -> browser.switchTo().alert(), "the title ran as a script");
        assertEquals(SCRIPT_TITLE, browser.findElement(By.cssSelector("p.lead")).getText());
        assertEquals(List.of("assets/units.js", "assets/site.js"), ((JavascriptExecutor) browser).executeScript(
                "return Array.from(document.querySelectorAll('script'), "
                        + "s => s.getAttribute('src').replace(/^(\\.\\.\\/)*/, ''))"),
                "only the site's own scripts");
        screenshot("document-with-script-title.png");
    }

    @Test
    void theSearchBoxFindsAProvinceWithoutDiacritics() {
        open(site.resolve("index.html").toUri().toString());
        WebElement box = browser.findElement(By.id("search-box"));
        box.sendKeys("quang ngai", Keys.ENTER);
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> d.getCurrentUrl().endsWith("51-quang-ngai.html"));
        assertEquals("Quảng Ngãi", browser.findElement(By.tagName("h1")).getText());
        open(site.resolve("index.html").toUri().toString());
        browser.findElement(By.id("search-box")).sendKeys("khong co tinh nay", Keys.ENTER);
        assertTrue(browser.findElement(By.id("search-message")).getText().startsWith("Không tìm thấy"));
    }

    private static void open(String url) {
        browser.get(url);
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(d -> "complete".equals(
                ((JavascriptExecutor) d).executeScript("return document.readyState")));
    }

    private static void screenshot(String name) throws IOException {
        File shot = browser.getScreenshotAs(OutputType.FILE);
        Files.copy(shot.toPath(), SCREENSHOTS.resolve(name), StandardCopyOption.REPLACE_EXISTING);
    }
}
