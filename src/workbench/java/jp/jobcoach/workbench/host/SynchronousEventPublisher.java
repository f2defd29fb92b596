package jp.jobcoach.workbench.host;

import com.atlassian.event.api.EventListener;
import com.atlassian.event.api.EventPublisher;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * atlassian-event's publisher, synchronous: each @EventListener method whose single parameter type is the event's
 * class or one of its supertypes is called, by order(). A listener that throws is logged, as the real one does, so
 * one broken listener never breaks the action that published the event.
 */
public final class SynchronousEventPublisher implements EventPublisher {
    private record Handler(Object listener, Method method) {
    }

    private final List<Handler> handlers = new CopyOnWriteArrayList<>();

    @Override
    public void publish(Object event) {
        handlers.stream().filter(handler -> handler.method().getParameterTypes()[0].isInstance(event))
                .sorted(Comparator.comparingInt(handler -> handler.method().getAnnotation(EventListener.class).order()))
                .forEach(handler -> deliver(handler, event));
    }

    private static void deliver(Handler handler, Object event) {
        try {
            handler.method().invoke(handler.listener(), event);
        } catch (InvocationTargetException e) {
            System.err.println("[workbench] listener " + handler.method() + " failed on " + event.getClass().getSimpleName() + ": " + e.getCause());
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void register(Object listener) {
        List<Handler> found = new ArrayList<>();
        for (Method method : listener.getClass().getMethods()) {
            if (method.isAnnotationPresent(EventListener.class) && method.getParameterCount() == 1) {
                found.add(new Handler(listener, method));
            }
        }
        if (found.isEmpty()) {
            throw new IllegalArgumentException(listener.getClass().getName() + " has no public @EventListener method with one parameter");
        }
        handlers.addAll(found);
    }

    @Override
    public void unregister(Object listener) {
        handlers.removeIf(handler -> handler.listener() == listener);
    }

    @Override
    public void unregisterAll() {
        handlers.clear();
    }
}
