using Verification.Laws;
using Verification.Laws.Kernels;
using Verification.Laws.Results;
using Verification.Onnx.Models;

namespace Verification.Onnx.Tests;

/// <summary>A user's model audited as a softmax along its input's last axis, and the models the audit refuses.</summary>
public class OnnxModelAuditTests
{
    private static readonly LawSampling Sampling = new(Cases: 100, Seed: 1);

    public static TheoryData<string> Shapes => ["row", "batch-of-one", "batch"];

    [Theory]
    [MemberData(nameof(Shapes))]
    public void ASoftmaxModelHoldsTheSoftmaxLawsOfItsPrecisionWhateverItsBatchAxes(string shape)
    {
        using var file = TestModels.File(TestModels.Softmax(OnnxElementType.SinglePrecision, ShapeNamed(shape)), "softmax.onnx");
        using var model = OnnxImplementation.FromModel(file.Path);

        var results = LawCatalog.All.Select(law => law.CheckGenerated(model.Implementation, Sampling)).ToList();

        Assert.Equal("softmax.onnx", model.Implementation.Name);
        Assert.Equal(
            ["softmax-rows-sum-to-one (float)", "softmax-entries-in-unit-interval (float)", "softmax-finite-for-finite-input (float)", "softmax-shift-invariance (float)", "softmax-matches-reference (float)"],
            results.OfType<LawHolds>().Select(static holds => holds.LawName));
        Assert.Empty(results.OfType<LawFails>());
    }

    [Fact]
    public void ADoubleModelFillsTheDoubleSoftmax()
    {
        using var file = TestModels.File(TestModels.Softmax(OnnxElementType.DoublePrecision, TestModels.Batch), "softmax64.onnx");
        using var model = OnnxImplementation.FromModel(file.Path);

        Assert.Empty(model.Implementation.SinglePrecision.PresentKernelNames);
        Assert.Equal(["Softmax"], model.Implementation.DoublePrecision.PresentKernelNames);
        Assert.IsType<LawHolds>(Law("softmax-shift-invariance (double)").CheckGenerated(model.Implementation, Sampling));
    }

    [Fact]
    public void ASigmoidInPlaceOfTheSoftmaxFailsSumToOne()
    {
        using var file = TestModels.File(TestModels.SingleOperator("Sigmoid", OnnxElementType.SinglePrecision, TestModels.RowInBatchOfOne), "sigmoid.onnx");
        using var model = OnnxImplementation.FromModel(file.Path);

        var result = Law("softmax-rows-sum-to-one (float)").CheckGenerated(model.Implementation, Sampling);

        var failure = Assert.IsType<LawFails>(result);
        Assert.Equal("sigmoid.onnx", failure.ImplementationName);
    }

    /// <summary>exp(x) overflows to ∞ above 88.7 in float, and ∞/∞ is NaN: the max shift is what prevents it.</summary>
    [Fact]
    public void ASoftmaxWithoutTheMaxShiftIsNotFiniteOnLargeLogits()
    {
        using var file = TestModels.File(TestModels.SoftmaxWithoutMaxShift(OnnxElementType.SinglePrecision), "naive.onnx");
        using var model = OnnxImplementation.FromModel(file.Path);
        var output = new float[2];

        model.Implementation.SinglePrecision.Softmax!([100f, 0f], output);

        Assert.True(float.IsNaN(output[0]), $"exp(100)/(exp(100) + 1) gave {output[0]}");
        Assert.IsType<LawFails>(Law("softmax-finite-for-finite-input (float)").CheckGenerated(model.Implementation, Sampling));
    }

    [Fact]
    public void AModelWhoseOutputIsNotARowFailsTheLawsWithWhatItReturned()
    {
        var row = TestModels.RowInBatchOfOne;
        var sum = OnnxModelWriter.Write(
            [new OnnxNode("ReduceSum", ["x"], ["y"], new Dictionary<string, long> { ["keepdims"] = 1 })],
            [new OnnxTensor("x", OnnxElementType.SinglePrecision, row)],
            [new OnnxTensor("y", OnnxElementType.SinglePrecision, [OnnxDimension.Fixed(1), OnnxDimension.Fixed(1)])],
            opset: 13);
        using var file = TestModels.File(sum, "sum.onnx");
        using var model = OnnxImplementation.FromModel(file.Path);

        var failure = Assert.IsType<LawFails>(Law("softmax-rows-sum-to-one (float)").CheckGenerated(model.Implementation, Sampling));

        Assert.Contains("the model returned 1 values for a row of", failure.Worst.Where, StringComparison.Ordinal);
    }

    [Fact]
    public void AMissingFileIsNamed()
    {
        var path = Path.Combine(Path.GetTempPath(), "no-such-model.onnx");

        var error = Assert.Throws<KernelBindingException>(() => OnnxImplementation.FromModel(path));

        Assert.Contains("no-such-model.onnx' does not exist", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AFileThatIsNotAModelIsNamedWithOnnxRuntimesReason()
    {
        using var file = TestModels.File("not a model"u8.ToArray(), "garbage.onnx");

        var error = Assert.Throws<KernelBindingException>(() => OnnxImplementation.FromModel(file.Path));

        Assert.StartsWith("'garbage.onnx' could not be loaded by ONNX Runtime:", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void TwoInputsAreRefusedNamingThem()
    {
        var row = TestModels.Row;
        var add = OnnxModelWriter.Write(
            [new OnnxNode("Add", ["a", "b"], ["y"])],
            [new OnnxTensor("a", OnnxElementType.SinglePrecision, row), new OnnxTensor("b", OnnxElementType.SinglePrecision, row)],
            [new OnnxTensor("y", OnnxElementType.SinglePrecision, row)],
            opset: 13);

        var message = Refusal(add, "add.onnx");

        Assert.Equal(
            "'add.onnx' cannot be audited as a softmax: it has 2 inputs ('a', 'b') and 1 output ('y'); the audit needs one input (the logit row) and one output (the probability row).",
            message);
    }

    [Fact]
    public void AnElementTypeOtherThanFloatOrDoubleIsRefused()
    {
        // 10 is FLOAT16 in TensorProto.DataType: a type the writer does not name because the laws do not audit it.
        var half = (OnnxElementType)10;

        var message = Refusal(TestModels.SingleOperator("Sigmoid", half, TestModels.Row), "half.onnx");

        Assert.Equal("'half.onnx' cannot be audited as a softmax: its input 'x' has element type Float16; the laws audit Float and Double.", message);
    }

    [Fact]
    public void AnInputAndOutputOfDifferentPrecisionsAreRefused()
    {
        var row = TestModels.Row;
        var cast = OnnxModelWriter.Write(
            [new OnnxNode("Cast", ["x"], ["y"], new Dictionary<string, long> { ["to"] = (long)OnnxElementType.DoublePrecision })],
            [new OnnxTensor("x", OnnxElementType.SinglePrecision, row)],
            [new OnnxTensor("y", OnnxElementType.DoublePrecision, row)],
            opset: 13);

        var message = Refusal(cast, "cast.onnx");

        Assert.Equal("'cast.onnx' cannot be audited as a softmax: its input 'x' is Float but its output 'y' is Double; both must be Float or both Double.", message);
    }

    [Fact]
    public void AFixedWidthIsRefusedBecauseTheLawsDrawEveryWidth()
    {
        var message = Refusal(TestModels.Softmax(OnnxElementType.SinglePrecision, [OnnxDimension.Fixed(1), OnnxDimension.Fixed(10)]), "ten-classes.onnx");

        Assert.Equal(
            "'ten-classes.onnx' cannot be audited as a softmax: the last axis of its input 'x' has the fixed size 10 (shape [1, 10]); the laws draw rows of every width from 1 to 2048, so the row's axis must be dynamic (a dim_param such as 'N').",
            message);
    }

    [Fact]
    public void AFixedBatchLargerThanOneIsRefusedBecauseTheAuditFeedsOneRow()
    {
        var message = Refusal(TestModels.Softmax(OnnxElementType.SinglePrecision, [OnnxDimension.Fixed(4), OnnxDimension.Dynamic("N")]), "batch-of-four.onnx");

        Assert.Equal(
            "'batch-of-four.onnx' cannot be audited as a softmax: axis 0 of its input 'x' has the fixed size 4 (shape [4, N]); the audit feeds one row at a time, so every axis but the last must be 1 or dynamic.",
            message);
    }

    [Fact]
    public void AScalarInputIsRefused()
    {
        var message = Refusal(TestModels.SingleOperator("Sigmoid", OnnxElementType.SinglePrecision, []), "scalar.onnx");

        Assert.Equal(
            "'scalar.onnx' cannot be audited as a softmax: its input 'x' is a scalar; the audit needs a row of logits on the last axis ([N], [1, N] or [batch, N]).",
            message);
    }

    private static string Refusal(byte[] model, string fileName)
    {
        using var file = TestModels.File(model, fileName);
        return Assert.Throws<KernelBindingException>(() => OnnxImplementation.FromModel(file.Path)).Message;
    }

    private static ILaw Law(string name) => LawCatalog.Find(name) ?? throw new InvalidOperationException($"no law '{name}'");

    private static IReadOnlyList<OnnxDimension> ShapeNamed(string shape) => shape switch
    {
        "row" => TestModels.Row,
        "batch-of-one" => TestModels.RowInBatchOfOne,
        _ => TestModels.Batch,
    };
}
