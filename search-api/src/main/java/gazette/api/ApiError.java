package gazette.api;

/** The one body of every 4xx and 5xx response. */
public record ApiError(int status, String title, String detail) {}
