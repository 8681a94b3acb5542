package no.ambisjon.base.change;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.springframework.stereotype.Component;
import org.springframework.context.event.EventListener;

/** Every change that committed, as the live updates hear of them: for tests that count them. */
@Component
public class CommittedChanges {

    private final List<Change> committed = new CopyOnWriteArrayList<>();

    @EventListener
    void on(Committed change) {
        committed.add(change.change());
    }

    /** The changes committed since {@code mark} was taken from {@link #mark()}. */
    public List<Change> since(int mark) {
        return List.copyOf(committed.subList(mark, committed.size()));
    }

    public int mark() {
        return committed.size();
    }
}
