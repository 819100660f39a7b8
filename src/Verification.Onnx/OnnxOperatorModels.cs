using Verification.Onnx.Models;

namespace Verification.Onnx;

/// <summary>
/// One-node models of ONNX Runtime's own operators, read in opset 13: the version in which Softmax and LogSoftmax
/// became a true softmax along one axis (before it, they flattened the input to 2-D at the axis) and the latest
/// version of all three operators (Softmax-13, LogSoftmax-13, Sigmoid-13), so a model of any later opset runs the
/// same kernels. The input is a row of dynamic width N, the axis is −1.
/// </summary>
public static class OnnxOperatorModels
{
    /// <summary>The opset the operator models are read in.</summary>
    public const long Opset = 13;

    /// <summary>The ONNX operators audited, named as in the ONNX operator set.</summary>
    public static IReadOnlyList<string> Operators { get; } = ["Softmax", "LogSoftmax", "Sigmoid"];

    /// <summary>The bytes of a model computing <paramref name="operatorType"/> of a row x of width N.</summary>
    public static byte[] Row(string operatorType, OnnxElementType elementType)
    {
        var row = new[] { OnnxDimension.Dynamic("N") };
        var axis = operatorType is "Softmax" or "LogSoftmax"
            ? new Dictionary<string, long> { ["axis"] = -1 }
            : null;
        return OnnxModelWriter.Write(
            [new OnnxNode(operatorType, ["x"], ["y"], axis)],
            [new OnnxTensor("x", elementType, row)],
            [new OnnxTensor("y", elementType, row)],
            Opset);
    }
}
