package no.ambisjon.okr.export;

import com.vaadin.flow.i18n.I18NProvider;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import no.ambisjon.base.change.ChangeKind;
import no.ambisjon.base.change.Changes;
import no.ambisjon.customer.CustomerId;
import no.ambisjon.okr.Grades;
import no.ambisjon.okr.EvaluationService;
import no.ambisjon.okr.KeyResultId;
import no.ambisjon.okr.KeyResultLine;
import no.ambisjon.okr.ObjectiveCard;
import no.ambisjon.okr.OkrChange;
import no.ambisjon.okr.OkrQueryService;
import no.ambisjon.okr.Quarter;
import no.ambisjon.okr.QuarterPlan;
import no.ambisjon.okr.export.ExportTable.Cell;
import no.ambisjon.okr.export.ExportTable.Day;
import no.ambisjon.okr.export.ExportTable.Amount;
import no.ambisjon.okr.export.ExportTable.Share;
import no.ambisjon.okr.export.ExportTable.Text;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A customer's OKRs for a quarter as a file: progress against the expected line and each key
 * result's latest check-in, in the reader's language. Whoever may see the customer's OKR page may
 * export it; the read goes through the same tenant check as the page.
 */
@Service
@PreAuthorize("isAuthenticated()")
@Transactional(readOnly = true)
public class OkrExportService {

    private static final List<String> HEADERS = List.of("objective", "objective-status", "objective-progress",
            "key-result", "category", "owner", "start", "target", "current", "unit", "progress", "expected",
            "behind", "standing", "confidence", "checked-in", "checked-in-by", "comment", "objective-grade", "grade");

    private final OkrQueryService queries;
    private final EvaluationService evaluations;
    private final I18NProvider texts;
    private final Clock clock;
    private final Changes changes;

    OkrExportService(OkrQueryService queries, EvaluationService evaluations, I18NProvider texts, Clock clock,
                     Changes changes) {
        this.queries = queries;
        this.evaluations = evaluations;
        this.changes = changes;
        this.texts = texts;
        this.clock = clock;
    }

    /** A download is audited: the file leaves the application with the customer's figures. */
    @Transactional
    public ExportFile csv(CustomerId customerId, Quarter quarter, Locale locale) {
        var plan = queries.plan(customerId, quarter);
        return downloaded(new ExportFile(fileName(plan, "csv"), "text/csv;charset=UTF-8",
                CsvFormat.write(table(plan, locale), locale)), customerId);
    }

    @Transactional
    public ExportFile xlsx(CustomerId customerId, Quarter quarter, Locale locale) {
        var plan = queries.plan(customerId, quarter);
        return downloaded(new ExportFile(fileName(plan, "xlsx"),
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", XlsxFormat.write(table(plan, locale))),
                customerId);
    }

    private ExportFile downloaded(ExportFile file, CustomerId customerId) {
        changes.record(new OkrChange(ChangeKind.EXPORTED, customerId.value(), file.fileName()));
        return file;
    }

    private static String fileName(QuarterPlan plan, String extension) {
        return "okr-%s-%d-q%d.%s".formatted(plan.customer().slug(), plan.quarter().year(), plan.quarter().number(),
                extension);
    }

    private ExportTable table(QuarterPlan plan, Locale locale) {
        var quarter = t(locale, "quarter.label", plan.quarter().year(), plan.quarter().number());
        var headers = HEADERS.stream().map(key -> t(locale, "export.header." + key)).toList();
        var rows = new ArrayList<List<Cell>>();
        for (var objective : plan.objectives()) {
            var first = objectiveCells(objective, locale);
            var grades = grades(objective);
            if (objective.keyResults().isEmpty()) {
                rows.add(Stream.concat(first.stream(), Stream.generate(() -> ExportTable.EMPTY)
                        .limit(HEADERS.size() - first.size())).toList());
            }
            for (var kr : objective.keyResults()) {
                var grade = grades.get(kr.id());
                rows.add(Stream.of(first.stream(), keyResultCells(kr, plan.expected(), locale).stream(),
                        Stream.of(gradeCell(objective.grade()), gradeCell(grade))).flatMap(cells -> cells).toList());
            }
        }
        return new ExportTable(plan.customer().name() + " · " + quarter, headers, rows);
    }

    private List<Cell> objectiveCells(ObjectiveCard objective, Locale locale) {
        return List.of(new Text(objective.title()), new Text(objective.grade() != null
                        ? t(locale, "outcome." + Grades.outcome(objective.grade()).name())
                        : t(locale, "status." + objective.status().name())),
                new Share(objective.progress()));
    }

    private static Cell gradeCell(BigDecimal grade) {
        return grade == null ? ExportTable.EMPTY : new Amount(grade);
    }

    /** The key results' grades in the objective's closed evaluation; none before it closes. */
    private Map<KeyResultId, BigDecimal> grades(ObjectiveCard objective) {
        return objective.grade() == null ? Map.of() : evaluations.closedGrades(objective.id());
    }

    private List<Cell> keyResultCells(KeyResultLine kr, double expected, Locale locale) {
        var latest = kr.latest();
        return List.of(new Text(kr.title()), new Text(t(locale, "category." + kr.category().name())),
                new Text(kr.owner() == null ? "" : kr.owner().name()), new Amount(kr.start()), new Amount(kr.target()),
                new Amount(kr.current()), new Text(unit(kr, locale)), new Share(kr.progress()), new Share(expected),
                new Text(t(locale, kr.behind() ? "value.yes" : "value.no")),
                new Text(t(locale, "standing.badge." + kr.standing().name())),
                new Text(latest == null ? "" : t(locale, "confidence." + kr.confidence().name())),
                latest == null ? ExportTable.EMPTY : new Day(latest.at().atZone(clock.getZone()).toLocalDate()),
                new Text(latest == null ? "" : latest.author()),
                new Text(latest == null || latest.comment() == null ? "" : latest.comment()));
    }

    private String unit(KeyResultLine kr, Locale locale) {
        return switch (kr.measure()) {
            case PERCENT -> "%";
            case MONEY -> "NOK";
            case YES_NO -> t(locale, "export.unit.yes-no");
            case NUMBER -> kr.unit() == null ? "" : kr.unit();
        };
    }

    private String t(Locale locale, String key, Object... params) {
        return texts.getTranslation(key, locale, params);
    }
}
