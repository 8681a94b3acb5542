package no.ambisjon.okr.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface CommentRepository extends JpaRepository<Comment, Long> {

    List<Comment> findByKeyResultIdOrderByWrittenAtAscIdAsc(long keyResultId);

    List<Comment> findByObjectiveIdOrderByWrittenAtAscIdAsc(long objectiveId);
}
