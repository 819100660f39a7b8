using Microsoft.ML.OnnxRuntime;

namespace Verification.Onnx;

/// <summary>How the adapter runs ONNX Runtime: the CPU provider, default graph optimizations, one thread.</summary>
internal static class OnnxSessions
{
    /// <summary>Shared by every run: it carries no per-run state here.</summary>
    public static RunOptions RunOptions { get; } = new();

    /// <summary>
    /// A session on the CPU execution provider with ONNX Runtime's default optimizations (what a user's deployment
    /// gets) and one intra-op thread: a row of at most 2048 entries gains nothing from a thread pool, and one
    /// thread keeps reductions in one order, so the audit is reproducible.
    /// </summary>
    public static InferenceSession Create(byte[] model)
    {
        using var options = Options();
        return new InferenceSession(model, options);
    }

    /// <inheritdoc cref="Create(byte[])"/>
    public static InferenceSession Create(string modelPath)
    {
        using var options = Options();
        return new InferenceSession(modelPath, options);
    }

    private static SessionOptions Options() => new()
    {
        IntraOpNumThreads = 1,
        InterOpNumThreads = 1,
        ExecutionMode = ExecutionMode.ORT_SEQUENTIAL,
    };
}
