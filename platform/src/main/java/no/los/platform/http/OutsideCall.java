package no.los.platform.http;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.function.Function;

/**
 * One call to an outside system's HTTP API, for the adapters behind the suite's ports: a network
 * failure or an interruption becomes the adapter's own "unavailable" exception, which says how the
 * call failed (the exception's class, never its message, which may quote the request).
 */
public final class OutsideCall {

    private OutsideCall() {
    }

    /**
     * Sends the request and answers the response, whatever its status.
     *
     * @param unavailable makes the adapter's exception from what happened, e.g. {@code "cannot be reached (ConnectException)"}
     */
    public static <T> HttpResponse<T> send(HttpClient http, HttpRequest request, HttpResponse.BodyHandler<T> body,
            Function<String, ? extends RuntimeException> unavailable) {
        try {
            return http.send(request, body);
        } catch (IOException e) {
            throw unavailable.apply("cannot be reached (" + e.getClass().getSimpleName() + ")");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw unavailable.apply("was interrupted");
        }
    }
}
