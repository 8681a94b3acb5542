package no.ambisjon.meeting;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import no.ambisjon.meeting.domain.ActionItem;
import no.ambisjon.meeting.domain.FrozenAction;
import no.ambisjon.meeting.domain.FrozenLine;
import no.ambisjon.meeting.domain.FrozenMinutes;
import no.ambisjon.security.Owner;
import no.ambisjon.security.People;
import org.springframework.stereotype.Component;

/** Action items with who does them, by name as they are called now; in one statement for all. */
@Component
class ActionEntries {

    private final People people;

    ActionEntries(People people) {
        this.people = people;
    }

    List<ActionEntry> of(List<ActionItem> items) {
        var named = named(items);
        return items.stream().map(a -> new ActionEntry(a.getId(), a.getText(), owner(a, named), a.getDueDate(),
                a.isDone())).toList();
    }

    /** The action items as the minutes freeze them: the owner's name as it is at close, and who it was. */
    List<FrozenAction> frozen(List<ActionItem> items) {
        var named = named(items);
        return items.stream().map(a -> {
            var owner = owner(a, named);
            return new FrozenAction(a.getText(), owner == null ? null : owner.name(), a.getOwnerId(), a.getDueDate(),
                    a.isDone());
        }).toList();
    }

    /** The people among the owners in closed minutes, by id, as they are now. */
    Map<Long, Owner> namedIn(FrozenMinutes minutes) {
        return people.named(Stream.concat(minutes.getLines().stream().map(FrozenLine::ownerId),
                minutes.getActions().stream().map(FrozenAction::ownerId)).filter(Objects::nonNull)
                .collect(Collectors.toSet()));
    }

    /** The action items of closed minutes. */
    static List<ActionEntry> ofMinutes(List<FrozenAction> actions, Map<Long, Owner> named) {
        return IntStream.range(0, actions.size()).mapToObj(i -> {
            var action = actions.get(i);
            return new ActionEntry(i, action.text(), atClose(action.owner(), action.ownerId(), named), action.dueDate(),
                    action.done());
        }).toList();
    }

    /**
     * An owner in closed minutes: by the name frozen with them, whatever they are called now; whether
     * a person is still active is as now.
     */
    static Owner atClose(String name, Long personId, Map<Long, Owner> named) {
        if (name == null) {
            return null;
        }
        var now = personId == null ? null : named.get(personId);
        return new Owner(personId, name, now == null || now.active());
    }

    private Map<Long, Owner> named(List<ActionItem> items) {
        return people.named(items.stream().map(ActionItem::getOwnerId).filter(Objects::nonNull)
                .collect(Collectors.toSet()));
    }

    private static Owner owner(ActionItem item, Map<Long, Owner> named) {
        return Owner.of(item.getOwnerId(), item.getGuestOwner(), named);
    }
}
