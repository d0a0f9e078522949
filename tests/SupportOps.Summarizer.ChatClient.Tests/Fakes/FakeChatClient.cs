using Microsoft.Extensions.AI;

namespace SupportOps.Summarizer.ChatClient.Tests.Fakes;

/// <summary>An IChatClient whose answer is a function of the request: text, a delay, or an exception.</summary>
internal sealed class FakeChatClient(Func<IReadOnlyList<ChatMessage>, ChatOptions?, CancellationToken, Task<ChatResponse>> respond) : IChatClient
{
    public List<(IReadOnlyList<ChatMessage> Messages, ChatOptions? Options)> Requests { get; } = [];

    public static FakeChatClient Answering(string text, string? modelId = "fake-model-1") =>
        new((_, _, _) => Task.FromResult(new ChatResponse(new ChatMessage(ChatRole.Assistant, text)) { ModelId = modelId }));

    public static FakeChatClient Throwing(Exception exception) => new((_, _, _) => Task.FromException<ChatResponse>(exception));

    public static FakeChatClient Hanging() => new(async (_, _, token) =>
    {
        await Task.Delay(Timeout.Infinite, token);
        throw new InvalidOperationException("unreachable");
    });

    public Task<ChatResponse> GetResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default)
    {
        var list = messages.ToList();
        Requests.Add((list, options));
        return respond(list, options, cancellationToken);
    }

    public IAsyncEnumerable<ChatResponseUpdate> GetStreamingResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default) =>
        throw new NotSupportedException();

    public object? GetService(Type serviceType, object? serviceKey = null) =>
        serviceType == typeof(ChatClientMetadata) ? new ChatClientMetadata("fakeai", new Uri("http://127.0.0.1/"), "fake-default") : null;

    public void Dispose()
    {
    }
}
