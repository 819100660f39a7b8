using Verification.Onnx.Models;

namespace Verification.Cli.Tests.Audit;

/// <summary>
/// <c>audit --onnx</c> (ONNX Runtime's own operators as a column) and <c>audit --onnx model.onnx</c> (a user's
/// model as a softmax) through the whole program, with models written to a temporary folder as a user would have them.
/// </summary>
public sealed class AuditOnnxTests : IDisposable
{
    private static readonly IReadOnlyList<OnnxDimension> RowInBatchOfOne = [OnnxDimension.Fixed(1), OnnxDimension.Dynamic("N")];

    private readonly DirectoryInfo folder = Directory.CreateTempSubdirectory("verification-audit-onnx-");

    [Fact]
    public void OnnxRuntimesOperatorsAreAColumnBesideOursAndFailOnlyTheSigmoidsTail()
    {
        var run = CliRun.Of("audit", "--impl", "ours", "--onnx", "--cases", "50");

        Assert.Equal(1, run.ExitCode);
        Assert.Matches(@"^\| law +\| +ours +\| +onnxruntime +\|", run.Out);
        Assert.Matches(@"\| softmax-finite-for-finite-input \(float\) +\| +✓ +\| +✓ +\|", run.Out);
        Assert.Matches(@"\| log-softmax-equals-log-of-softmax \(double\) +\| +✓ +\| +✓ +\|", run.Out);
        Assert.Matches(@"\| sigmoid-matches-reference \(float\) +\| +✓ +\| +✗ +\|", run.Out);
        Assert.Matches(@"\| softmax-jacobian-symmetric \(double\) +\| +✓ +\| +– +\|", run.Out);
        Assert.Contains("✗ sigmoid-matches-reference (double) × onnxruntime:", run.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("× ours:", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void OnnxAloneAuditsOnlyOnnxRuntime()
    {
        var run = CliRun.Of("audit", "--onnx", "--cases", "20");

        Assert.Matches(@"^\| law +\| +onnxruntime +\|\n", run.Out);
    }

    [Fact]
    public void ASoftmaxModelHoldsAndExits0()
    {
        var model = Write("softmax.onnx", SingleOperator("Softmax", new Dictionary<string, long> { ["axis"] = -1 }));

        var run = CliRun.Of("audit", "--onnx", model, "--cases", "50");

        Assert.Equal(0, run.ExitCode);
        Assert.Matches(@"^\| law +\| +softmax\.onnx +\|", run.Out);
        Assert.Contains($"{Verification.Laws.LawCatalog.All.Count} laws × 1 implementation: 5 hold, 0 fail", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void ASigmoidInPlaceOfTheSoftmaxFailsAndExits1()
    {
        var model = Write("sigmoid.onnx", SingleOperator("Sigmoid"));

        var run = CliRun.Of("audit", "--onnx", model, "--cases", "50");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("✗ softmax-rows-sum-to-one (float) × sigmoid.onnx:", run.Out, StringComparison.Ordinal);
    }

    /// <summary>exp without the max shift: exp(x) = ∞ above 88.7 in float, and ∞/∞ = NaN.</summary>
    [Fact]
    public void ASoftmaxWithoutTheMaxShiftFailsFinitenessAndSaysTheOutputIsNaN()
    {
        var model = Write("naive.onnx", OnnxModelWriter.Write(
            [
                new OnnxNode("Exp", ["x"], ["e"]),
                new OnnxNode("ReduceSum", ["e"], ["sum"], new Dictionary<string, long> { ["keepdims"] = 1 }),
                new OnnxNode("Div", ["e", "sum"], ["y"]),
            ],
            [new OnnxTensor("x", OnnxElementType.SinglePrecision, RowInBatchOfOne)],
            [new OnnxTensor("y", OnnxElementType.SinglePrecision, RowInBatchOfOne)],
            opset: 13));

        var run = CliRun.Of("audit", "--onnx", model, "--cases", "50");

        Assert.Equal(1, run.ExitCode);
        Assert.Matches(@"\| softmax-finite-for-finite-input \(float\) +\| +✗ +\|", run.Out);
        Assert.Contains("softmax(x) = [", run.Out, StringComparison.Ordinal);
        Assert.Contains("NaN", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void AModelWithTwoInputsIsAUsageErrorNamingTheFile()
    {
        var row = new[] { OnnxDimension.Dynamic("N") };
        var model = Write("add.onnx", OnnxModelWriter.Write(
            [new OnnxNode("Add", ["a", "b"], ["y"])],
            [new OnnxTensor("a", OnnxElementType.SinglePrecision, row), new OnnxTensor("b", OnnxElementType.SinglePrecision, row)],
            [new OnnxTensor("y", OnnxElementType.SinglePrecision, row)],
            opset: 13));

        var run = CliRun.Of("audit", "--onnx", model);

        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith("error: 'add.onnx' cannot be audited as a softmax: it has 2 inputs ('a', 'b')", run.Error, StringComparison.Ordinal);
        Assert.Empty(run.Out);
    }

    [Fact]
    public void AMissingModelIsAUsageErrorNamingThePath()
    {
        var missing = Path.Combine(folder.FullName, "missing.onnx");

        var run = CliRun.Of("audit", "--onnx", missing);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains($"error: ONNX model file '{missing}' does not exist.", run.Error, StringComparison.Ordinal);
    }

    public void Dispose() => folder.Delete(recursive: true);

    private static byte[] SingleOperator(string operatorType, Dictionary<string, long>? attributes = null) =>
        OnnxModelWriter.Write(
            [new OnnxNode(operatorType, ["x"], ["y"], attributes)],
            [new OnnxTensor("x", OnnxElementType.SinglePrecision, RowInBatchOfOne)],
            [new OnnxTensor("y", OnnxElementType.SinglePrecision, RowInBatchOfOne)],
            opset: 13);

    private string Write(string name, byte[] model)
    {
        var path = Path.Combine(folder.FullName, name);
        File.WriteAllBytes(path, model);
        return path;
    }
}
