package gazette.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import gazette.core.Json;
import io.javalin.http.HttpStatus;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * Requests the server refuses before they reach a route (a malformed or ambiguous URI, oversized headers) would
 * otherwise get Jetty's HTML page; this gives them the same {@link ApiError} body as every other error.
 */
final class JettyErrors extends ErrorHandler {

    @Override
    protected void generateResponse(Request request, Response response, int code, String message, Throwable cause,
            Callback callback) {
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, "application/json");
        response.write(true, body(code, message), callback);
    }

    @Override
    public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
        fields.put(HttpHeader.CONTENT_TYPE, "application/json");
        return body(status, reason);
    }

    private static ByteBuffer body(int code, String message) {
        String title = HttpStatus.forStatus(code) == HttpStatus.UNKNOWN ? "Error" : HttpStatus.forStatus(code)
                .getMessage();
        ApiError error = new ApiError(code, title, message == null || message.isBlank() ? title : message);
        try {
            return ByteBuffer.wrap(Json.mapper().writeValueAsString(error).getBytes(StandardCharsets.UTF_8));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("an ApiError always serialises", e);
        }
    }
}
