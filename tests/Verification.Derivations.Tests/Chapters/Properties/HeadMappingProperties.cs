using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Verification.Derivations.Checking;
using Verification.Laws.Generators;
using Verification.Numerics.Networks;
using Verification.Symbolic.Compilation;
using Verification.Symbolic.Equivalence;
using Verification.Symbolic.Expressions;

namespace Verification.Derivations.Tests.Chapters.Properties;

/// <summary>
/// The head conversions of Verification.Numerics are the mappings the solver derived: compiling the
/// solver's answer gives exactly the weights <c>SoftmaxHead.ToSigmoid</c> and
/// <c>SigmoidHead.ToSoftmax(u, c)</c> compute, and the converted heads predict the same probability.
/// </summary>
public class HeadMappingProperties
{
    private static readonly Symbol[] SoftmaxParameters = [.. new[] { "v00", "v01", "v10", "v11", "c0", "c1" }.Select(name => new Symbol(name))];
    private static readonly Symbol[] SigmoidParameters = [.. new[] { "w", "b", "v1", "c1" }.Select(name => new Symbol(name))];

    private static readonly Func<double[], double[]> SigmoidHeadFromSolver = CompileAnswer("sigmoid-head-from-softmax-head", SoftmaxParameters);
    private static readonly Func<double[], double[]> SoftmaxHeadFromSolver = CompileAnswer("softmax-heads-from-sigmoid-head", SigmoidParameters);

    private static Gen<double> Parameter => Gen.Frequency((3, LabelledLogits.Ordinary), (1, LabelledLogits.OnGrid(-1e3, 1e3)));

    [Property(MaxTest = 300)]
    public Property ToSigmoidComputesTheSolversMapping() =>
        Prop.ForAll(Gen.ArrayOf(Parameter, 8).ToArbitrary(), values =>
        {
            var parameters = values[..6];
            var features = values[6..];
            var softmax = new SoftmaxHead<double>(new ImmutableMatrix<double>(2, 2, parameters.AsSpan(0, 4)), new ImmutableVector<double>(parameters.AsSpan(4, 2)));
            var sigmoid = softmax.ToSigmoid();
            var solver = SigmoidHeadFromSolver(parameters);
            var logitScale = parameters.Sum(Math.Abs) * (1 + features.Sum(Math.Abs));

            // The same subtractions in the same precision: the weights agree bit for bit.
            return new Agreement()
                .Near("solver (w0, w1, b) vs ToSigmoid", solver, [sigmoid.Weights[0], sigmoid.Weights[1], sigmoid.Bias], 0)
                .Near("predictions", softmax.PredictClassZeroProbability(features), sigmoid.PredictClassZeroProbability(features), 1e-15 + (1e-16 * logitScale))
                .ToProperty($"[{string.Join(", ", values)}]");
        });

    [Property(MaxTest = 300)]
    public Property ToSoftmaxPicksAMemberOfTheSolversFamily() =>
        Prop.ForAll(Gen.ArrayOf(Parameter, 5).ToArbitrary(), values =>
        {
            var (w, b, u, c, feature) = (values[0], values[1], values[2], values[3], values[4]);
            var sigmoid = new SigmoidHead<double>(new ImmutableVector<double>(w), b);
            var softmax = sigmoid.ToSoftmax([u], c);
            var solver = SoftmaxHeadFromSolver([w, b, u, c]);
            var logitScale = values.Sum(Math.Abs) * (1 + Math.Abs(feature));
            return new Agreement()
                .Near("solver (v0, c0) at v1 = u, c1 = c vs ToSoftmax", solver, [softmax.Weights[0, 0], softmax.Biases[0]], 0)
                .Near("free row", [u, c], [softmax.Weights[1, 0], softmax.Biases[1]], 0)
                .Near("predictions", sigmoid.PredictClassZeroProbability([feature]), softmax.PredictClassZeroProbability([feature]), 1e-15 + (1e-16 * logitScale))
                .ToProperty($"[{string.Join(", ", values)}]");
        });

    private static Func<double[], double[]> CompileAnswer(string id, Symbol[] parameters)
    {
        var report = (EquivalenceReport)CatalogVerifier.Verify(Derivations.Catalog.Get(id));
        var family = ((EquivalenceSolutions)report.Answer).Families.Single();
        return ExprCompiler.CompileVector([.. family.Assignments.Select(a => a.Value)], parameters);
    }
}
