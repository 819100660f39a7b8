using System.CommandLine;
using Verification.Laws.Kernels;
using Verification.Onnx;

namespace Verification.Cli.Audit;

/// <summary>
/// <c>audit --onnx</c> (ONNX Runtime's own Softmax, LogSoftmax and Sigmoid operators, float and double) and
/// <c>audit --onnx model.onnx</c> (a user's model as a softmax along its input's last axis).
/// </summary>
internal static class OnnxAuditTarget
{
    public static Option<string?> CreateOption() => new("--onnx")
    {
        Description = "Audit ONNX Runtime: alone, its Softmax, LogSoftmax and Sigmoid operators (opset 13, float and double); with a file, "
            + "that model as a softmax: one input and one output, float or double, the logit row on the last axis, which must be dynamic ([N], [1, N], [batch, N]).",
        HelpName = "model.onnx",
        Arity = ArgumentArity.ZeroOrOne,
    };

    /// <summary>Null when <c>--onnx</c> is absent; empty for ONNX Runtime's operators; otherwise the model's path.</summary>
    public static string? Requested(ParseResult parsed, Option<string?> option) =>
        parsed.GetResult(option) is { } given ? given.Tokens.Count == 0 ? string.Empty : given.Tokens[0].Value : null;

    /// <summary>The kernels to audit; their sessions live until the result is disposed.</summary>
    /// <exception cref="KernelBindingException">The model cannot be audited (the message names the file and why), or ONNX Runtime cannot load on this platform.</exception>
    public static OnnxImplementation Open(string request)
    {
        try
        {
            return request.Length == 0 ? OnnxImplementation.Operators() : OnnxImplementation.FromModel(request);
        }
        catch (Exception failure) when (failure is DllNotFoundException or TypeInitializationException or EntryPointNotFoundException)
        {
            throw new KernelBindingException($"ONNX Runtime's native library could not be loaded on this platform: {failure.GetBaseException().Message}", failure);
        }
    }
}
