using Verification.Onnx.Models;

namespace Verification.Benchmarks.Onnx;

/// <summary>
/// The bytes of a one-node ONNX model y = Softmax(x, axis = −1) over a [rows, classes] tensor of float or double,
/// written by the audit adapter's <see cref="OnnxModelWriter"/> (opset 13: Softmax normalises along the one given
/// axis; earlier opsets flattened the trailing axes), so the benchmark times the operator the audit checks.
/// </summary>
internal static class OnnxSoftmaxModel
{
    /// <summary>The input name the model binds.</summary>
    public const string InputName = "x";

    /// <summary>The output name the model binds.</summary>
    public const string OutputName = "y";

    /// <summary>The model for elements of type <typeparamref name="T"/> (float or double).</summary>
    public static byte[] Create<T>()
    {
        var elementType = typeof(T) == typeof(float) ? OnnxElementType.SinglePrecision : OnnxElementType.DoublePrecision;
        OnnxDimension[] batch = [OnnxDimension.Dynamic("rows"), OnnxDimension.Dynamic("classes")];
        return OnnxModelWriter.Write(
            [new OnnxNode("Softmax", [InputName], [OutputName], new Dictionary<string, long> { ["axis"] = -1 })],
            [new OnnxTensor(InputName, elementType, batch)],
            [new OnnxTensor(OutputName, elementType, batch)],
            Verification.Onnx.OnnxOperatorModels.Opset);
    }
}
