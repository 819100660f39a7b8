using Microsoft.ML.OnnxRuntime;
using Microsoft.ML.OnnxRuntime.Tensors;
using Verification.Onnx.Models;

namespace Verification.Onnx.Tests.Models;

/// <summary>The written models are what ONNX Runtime loads: names, element types and shapes come back as written.</summary>
public class OnnxModelWriterTests
{
    [Fact]
    public void ARowModelLoadsWithItsNamesElementTypeAndDynamicWidth()
    {
        using var session = new InferenceSession(OnnxOperatorModels.Row("Softmax", OnnxElementType.DoublePrecision));

        var (inputName, input) = Assert.Single(session.InputMetadata);
        var (outputName, output) = Assert.Single(session.OutputMetadata);
        Assert.Equal(("x", "y"), (inputName, outputName));
        Assert.Equal(TensorElementType.Double, input.ElementDataType);
        Assert.Equal(TensorElementType.Double, output.ElementDataType);
        Assert.Equal([-1], input.Dimensions);
        Assert.Equal(["N"], input.SymbolicDimensions);
    }

    [Fact]
    public void FixedAndDynamicAxesAreBothWritten()
    {
        using var session = new InferenceSession(TestModels.Softmax(OnnxElementType.SinglePrecision, [OnnxDimension.Fixed(1), OnnxDimension.Dynamic("N")]));

        var input = Assert.Single(session.InputMetadata).Value;
        Assert.Equal(TensorElementType.Float, input.ElementDataType);
        Assert.Equal([1, -1], input.Dimensions);
    }

    /// <summary>The axis attribute reaches the operator: softmax along axis 0 of a [2, N] input normalizes columns, along −1 rows.</summary>
    [Fact]
    public void TheAxisAttributeChoosesTheAxisSoftmaxNormalizes()
    {
        var shape = new[] { OnnxDimension.Fixed(2), OnnxDimension.Fixed(2) };
        using var alongColumns = new InferenceSession(TestModels.SingleOperator("Softmax", OnnxElementType.DoublePrecision, shape, new Dictionary<string, long> { ["axis"] = 0 }));
        using var alongRows = new InferenceSession(TestModels.Softmax(OnnxElementType.DoublePrecision, shape));

        // [[0, 0], [0, log 3]]: columns give [[1/2, 1/4], [1/2, 3/4]], rows [[1/2, 1/2], [1/4, 3/4]].
        Assert.Equal([0.5, 0.25, 0.5, 0.75], Run(alongColumns, [0, 0, 0, Math.Log(3)]), new RoundedComparer());
        Assert.Equal([0.5, 0.5, 0.25, 0.75], Run(alongRows, [0, 0, 0, Math.Log(3)]), new RoundedComparer());
    }

    private static double[] Run(InferenceSession session, double[] values)
    {
        using var input = OrtValue.CreateTensorValueFromMemory(values, [2, 2]);
        using var options = new RunOptions();
        using var outputs = session.Run(options, ["x"], [input], ["y"]);
        return outputs[0].GetTensorDataAsSpan<double>().ToArray();
    }

    /// <summary>Equal to 12 digits: exp(log 3) is 3 only to rounding.</summary>
    private sealed class RoundedComparer : IEqualityComparer<double>
    {
        public bool Equals(double x, double y) => Math.Abs(x - y) <= 1e-12;

        public int GetHashCode(double obj) => 0;
    }
}
