using Verification.Onnx.Models;

namespace Verification.Onnx.Tests;

/// <summary>Small models a user might hand to the audit, right and wrong, written to temporary files.</summary>
public static class TestModels
{
    /// <summary>A row of dynamic width N.</summary>
    public static IReadOnlyList<OnnxDimension> Row { get; } = [OnnxDimension.Dynamic("N")];

    /// <summary>One row of dynamic width N in a batch of one: [1, N].</summary>
    public static IReadOnlyList<OnnxDimension> RowInBatchOfOne { get; } = [OnnxDimension.Fixed(1), OnnxDimension.Dynamic("N")];

    /// <summary>Rows of dynamic width N in a batch of dynamic size: [batch, N].</summary>
    public static IReadOnlyList<OnnxDimension> Batch { get; } = [OnnxDimension.Dynamic("batch"), OnnxDimension.Dynamic("N")];

    /// <summary>A model of one operator from x to y with the same shape and element type, read in opset 13.</summary>
    public static byte[] SingleOperator(string operatorType, OnnxElementType elementType, IReadOnlyList<OnnxDimension> shape, IReadOnlyDictionary<string, long>? attributes = null) =>
        OnnxModelWriter.Write(
            [new OnnxNode(operatorType, ["x"], ["y"], attributes)],
            [new OnnxTensor("x", elementType, shape)],
            [new OnnxTensor("y", elementType, shape)],
            opset: 13);

    /// <summary>Softmax along the last axis: what the audit expects.</summary>
    public static byte[] Softmax(OnnxElementType elementType, IReadOnlyList<OnnxDimension> shape) =>
        SingleOperator("Softmax", elementType, shape, new Dictionary<string, long> { ["axis"] = -1 });

    /// <summary>
    /// The textbook softmax exp(x) / Σ exp(x) without subtracting the maximum, over [1, N]: ReduceSum with no axes
    /// input sums every entry (opset 13), which for one row is the row's sum. exp overflows for logits above 88.7
    /// (float), so it returns NaN = ∞/∞ on large logits.
    /// </summary>
    public static byte[] SoftmaxWithoutMaxShift(OnnxElementType elementType) =>
        OnnxModelWriter.Write(
            [
                new OnnxNode("Exp", ["x"], ["e"]),
                new OnnxNode("ReduceSum", ["e"], ["sum"], new Dictionary<string, long> { ["keepdims"] = 1 }),
                new OnnxNode("Div", ["e", "sum"], ["y"]),
            ],
            [new OnnxTensor("x", elementType, RowInBatchOfOne)],
            [new OnnxTensor("y", elementType, RowInBatchOfOne)],
            opset: 13);

    /// <summary>Writes <paramref name="model"/> to a fresh temporary file (deleted when the result is disposed).</summary>
    public static TemporaryFile File(byte[] model, string name) => TemporaryFile.With(model, name);
}
