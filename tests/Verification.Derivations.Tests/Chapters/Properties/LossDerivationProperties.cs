using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Verification.Laws.Generators;
using Verification.Numerics;

namespace Verification.Derivations.Tests.Chapters.Properties;

/// <summary>
/// The loss gradients of the catalog, compiled from their claim text, agree with the Numerics
/// kernels and with central differences of the Numerics losses (n = 2..16).
/// </summary>
public class LossDerivationProperties(CompiledSoftmaxResultsFixture compiled)
{
    private const double KernelTolerance = 1e-12;
    private const double FiniteDifferenceTolerance = 1e-7;

    [Property(MaxTest = 150)]
    public Property CrossEntropyGradientIsSoftmaxMinusTarget() =>
        Prop.ForAll(LogitsWithTarget().ToArbitrary(), pair =>
        {
            var (input, y) = pair;
            var n = input.N;

            // The catalog eliminates the last target (y(n−1) = 1 − Σ others), so the formula takes n − 1 targets.
            var formula = compiled.For(n).CrossEntropyGradient([.. input.Z, .. y[..^1]]);
            var kernel = new double[n];
            Activations.CrossEntropyGradient(input.Z, y, kernel);
            var check = new Agreement()
                .Near("s − y vs CrossEntropyGradient", formula, kernel, KernelTolerance)
                .Classify(true, input.Kind.ToString());
            if (input.AllowsFiniteDifferences)
            {
                var numeric = FiniteDifferences.Gradient(z => StablePrimitives.CrossEntropy<double>(z, y), input.Z);
                check.Near("s − y vs central differences of CrossEntropy", formula, numeric, FiniteDifferenceTolerance);
            }

            return check.ToProperty($"{input} y=[{string.Join(", ", y)}]");
        });

    [Property(MaxTest = 150)]
    public Property LogSumExpGradientIsSoftmax() =>
        Prop.ForAll(Generators.Logits.ToArbitrary(), input =>
        {
            var formula = compiled.For(input.N).LogSumExpGradient(input.Z);
            var softmax = new double[input.N];
            Activations.Softmax(input.Z, softmax);
            var check = new Agreement()
                .Near("∇ logsumexp formula vs Softmax", formula, softmax, KernelTolerance)
                .Classify(true, input.Kind.ToString());
            if (input.AllowsFiniteDifferences)
            {
                check.Near("∇ logsumexp formula vs central differences of LogSumExp", formula, FiniteDifferences.Gradient(z => Activations.LogSumExp(z), input.Z), FiniteDifferenceTolerance);
            }

            return check.ToProperty(input);
        });

    [Property(MaxTest = 150)]
    public Property LogSoftmaxDerivativeIsDeltaMinusSoftmax() =>
        Prop.ForAll(Generators.Logits.ToArbitrary(), input =>
        {
            var n = input.N;
            var formula = compiled.For(n).LogSoftmaxDerivative(input.Z);
            var softmax = new double[n];
            Activations.Softmax(input.Z, softmax);
            var fromKernel = Enumerable.Range(0, n * n).Select(k => (k / n == k % n ? 1.0 : 0.0) - softmax[k % n]).ToArray();
            var check = new Agreement()
                .Near("δᵢⱼ − sⱼ formula vs δᵢⱼ − Softmax", formula, fromKernel, KernelTolerance)
                .Classify(true, input.Kind.ToString());
            if (input.AllowsFiniteDifferences)
            {
                check.Near("δᵢⱼ − sⱼ formula vs central differences of LogSoftmax", formula, FiniteDifferences.Jacobian(LogSoftmax, n, input.Z), FiniteDifferenceTolerance);
            }

            return check.ToProperty(input);
        });

    private static double[] LogSoftmax(double[] z)
    {
        var destination = new double[z.Length];
        Activations.LogSoftmax(z, destination);
        return destination;
    }

    private static Gen<(LogitCase, double[])> LogitsWithTarget() =>
        from input in Generators.Logits
        from y in LabelledLogits.Target(input.N)
        select (input, y);
}
