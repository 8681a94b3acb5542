package no.ambisjon.okr.domain;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ObjectiveEvaluationRepository extends JpaRepository<ObjectiveEvaluation, Long> {

    Optional<ObjectiveEvaluation> findByObjectiveId(long objectiveId);

    List<ObjectiveEvaluation> findByObjectiveIdIn(Collection<Long> objectiveIds);

    /** The closed evaluations of the customers' objectives in a quarter. */
    List<ObjectiveEvaluation> findByCustomerIdInAndQuarterYearAndQuarterNumberAndClosedAtIsNotNull(
            Collection<Long> customerIds, int quarterYear, int quarterNumber);
}
