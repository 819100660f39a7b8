using Microsoft.ML.OnnxRuntime;
using Microsoft.ML.OnnxRuntime.Tensors;
using Verification.Laws.Kernels;

namespace Verification.Onnx;

/// <summary>
/// What a user's model must look like to be audited as a softmax: one tensor input, one tensor output, both float
/// or both double, the row on the last axis. The laws draw rows of every width from 1 to 2048, so the last axis
/// must be dynamic; the audit feeds one row at a time, so every other axis must be 1 or dynamic ([N], [1, N],
/// [batch, N], [batch, 1, N] all qualify).
/// </summary>
internal static class OnnxRowModelContract
{
    /// <summary>The element type of the row, or a <see cref="KernelBindingException"/> that names the file and what is wrong.</summary>
    /// <param name="session">The loaded model.</param>
    /// <param name="fileName">The model's file name, for the messages.</param>
    public static TensorElementType Check(InferenceSession session, string fileName)
    {
        if (session.InputMetadata.Count != 1 || session.OutputMetadata.Count != 1)
        {
            throw Wrong(fileName, $"it has {Count(session.InputMetadata, "input")} and {Count(session.OutputMetadata, "output")}; the audit needs one input (the logit row) and one output (the probability row)");
        }

        var (inputName, input) = session.InputMetadata.Single();
        var (outputName, output) = session.OutputMetadata.Single();
        CheckTensor(fileName, "input", inputName, input);
        CheckTensor(fileName, "output", outputName, output);
        if (input.ElementDataType != output.ElementDataType)
        {
            throw Wrong(fileName, $"its input '{inputName}' is {input.ElementDataType} but its output '{outputName}' is {output.ElementDataType}; both must be Float or both Double");
        }

        var dimensions = input.Dimensions;
        if (dimensions.Length == 0)
        {
            throw Wrong(fileName, $"its input '{inputName}' is a scalar; the audit needs a row of logits on the last axis ([N], [1, N] or [batch, N])");
        }

        if (dimensions[^1] >= 0)
        {
            throw Wrong(fileName, $"the last axis of its input '{inputName}' has the fixed size {dimensions[^1]} (shape {Shape(input)}); the laws draw rows of every width from 1 to 2048, so the row's axis must be dynamic (a dim_param such as 'N')");
        }

        for (var axis = 0; axis < dimensions.Length - 1; axis++)
        {
            if (dimensions[axis] > 1)
            {
                throw Wrong(fileName, $"axis {axis} of its input '{inputName}' has the fixed size {dimensions[axis]} (shape {Shape(input)}); the audit feeds one row at a time, so every axis but the last must be 1 or dynamic");
            }
        }

        return input.ElementDataType;
    }

    private static void CheckTensor(string fileName, string role, string name, NodeMetadata metadata)
    {
        if (!metadata.IsTensor)
        {
            throw Wrong(fileName, $"its {role} '{name}' is a {metadata.OnnxValueType}, not a tensor");
        }

        if (metadata.ElementDataType is not (TensorElementType.Float or TensorElementType.Double))
        {
            throw Wrong(fileName, $"its {role} '{name}' has element type {metadata.ElementDataType}; the laws audit Float and Double");
        }
    }

    private static string Count(IReadOnlyDictionary<string, NodeMetadata> values, string noun) =>
        $"{values.Count} {noun}{(values.Count == 1 ? string.Empty : "s")}{(values.Count == 0 ? string.Empty : $" ({string.Join(", ", values.Keys.Select(static name => $"'{name}'"))})")}";

    private static string Shape(NodeMetadata metadata) =>
        $"[{string.Join(", ", metadata.Dimensions.Select((size, axis) => size >= 0 ? size.ToString(System.Globalization.CultureInfo.InvariantCulture) : DynamicName(metadata, axis)))}]";

    private static string DynamicName(NodeMetadata metadata, int axis) =>
        metadata.SymbolicDimensions is { } names && axis < names.Length && names[axis].Length > 0 ? names[axis] : "?";

    private static KernelBindingException Wrong(string fileName, string reason) =>
        new($"'{fileName}' cannot be audited as a softmax: {reason}.");
}
