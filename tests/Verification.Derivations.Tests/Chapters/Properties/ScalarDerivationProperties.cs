using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Verification.Derivations.Entries;
using Verification.Laws.Generators;
using Verification.Numerics;
using Verification.Symbolic.Compilation;
using Verification.Symbolic.Expressions;

namespace Verification.Derivations.Tests.Chapters.Properties;

/// <summary>
/// The one-variable results of the catalog (sigmoid, binary cross-entropy, two-class softmax),
/// compiled from the catalog's own statements, agree with the Numerics kernels and with central
/// differences.
/// </summary>
public class ScalarDerivationProperties
{
    private static readonly Symbol X = new("x");
    private static readonly Symbol Y = new("y");
    private static readonly Symbol P = new("p");

    private static readonly Func<double[], double> SigmoidDerivative = Compile("sigmoid-derivative", right: true, X);
    private static readonly Func<double[], double> OneMinusSigmoid = Compile("sigmoid-symmetry", right: true, X);
    private static readonly Func<double[], double> LogitOfSigmoid = Compile("sigmoid-logit-inverse", right: false, X);
    private static readonly Func<double[], double> SigmoidOfLogit = Compile("sigmoid-of-logit", right: false, P);
    private static readonly Func<double[], double> BinaryCrossEntropyGradient = Compile("binary-cross-entropy-gradient", right: true, X, Y);
    private static readonly Func<double[], double> SigmoidOfDifference = Compile("two-class-softmax-is-sigmoid", right: true, new Symbol("z0"), new Symbol("z1"));

    private static Gen<double> Logit => Gen.Frequency(
        (3, LabelledLogits.Ordinary),
        (2, LabelledLogits.OnGrid(-700, 700)),
        (1, LabelledLogits.OnGrid(-1e6, 1e6)));

    [Property(MaxTest = 300)]
    public Property SigmoidDerivativeAgreesWithKernelAndFiniteDifferences() =>
        Prop.ForAll(Logit.ToArbitrary(), x =>
        {
            var formula = SigmoidDerivative([x]);
            var kernel = new double[1];
            StablePrimitives.SigmoidDerivative<double>([x], kernel);
            var check = new Agreement().Near("σ(1 − σ) vs SigmoidDerivative", kernel[0], formula, 1e-15);
            if (Math.Abs(x) <= 10)
            {
                check.Near("σ(1 − σ) vs central differences of Sigmoid", formula, FiniteDifferences.Derivative(Sigmoid, x), 1e-9);
            }

            return check.ToProperty($"x={x:R}");
        });

    [Property(MaxTest = 300)]
    public Property OneMinusSigmoidIsSigmoidOfTheNegation() =>
        Prop.ForAll(Logit.ToArbitrary(), x =>
            new Agreement().Near("1 − σ(x) vs Sigmoid(−x)", Sigmoid(-x), OneMinusSigmoid([x]), 2e-16).ToProperty($"x={x:R}"));

    [Property(MaxTest = 300)]
    public Property LogitRecoversTheLogitWithinItsConditioning() =>
        Prop.ForAll(LabelledLogits.OnGrid(-30, 30).ToArbitrary(), x =>
        {
            // 1 − σ(x) is formed from σ(x), which is rounded to ulp(1): for large x the relative error of
            // 1 − σ grows like ε·e^|x|, and the logarithm passes it on. The identity is exact; its naive
            // evaluation is only as good as that conditioning.
            var tolerance = (4e-16 * (1 + Math.Exp(Math.Abs(x))));
            return new Agreement().Near("log(σ/(1 − σ)) vs x", x, LogitOfSigmoid([x]), tolerance).ToProperty($"x={x:R}");
        });

    [Property(MaxTest = 300)]
    public Property SigmoidOfLogitRecoversTheProbability() =>
        Prop.ForAll(Probability().ToArbitrary(), p =>
            new Agreement().Near("σ(log(p/(1 − p))) vs p", p, SigmoidOfLogit([p]), 4e-16).ToProperty($"p={p:R}"));

    [Property(MaxTest = 300)]
    public Property BinaryCrossEntropyGradientAgreesWithKernelAndFiniteDifferences() =>
        Prop.ForAll(LogitWithTarget().ToArbitrary(), pair =>
        {
            var (x, y) = pair;
            var formula = BinaryCrossEntropyGradient([x, y]);
            var kernel = new double[1];
            StablePrimitives.BinaryCrossEntropyGradient<double>([x], [y], kernel);
            var check = new Agreement().Near("σ(x) − y vs BinaryCrossEntropyGradient", kernel[0], formula, 2e-16);
            if (Math.Abs(x) <= 10)
            {
                var numeric = FiniteDifferences.Derivative(logit => BinaryCrossEntropy(logit, y), x);
                check.Near("σ(x) − y vs central differences of BinaryCrossEntropy", formula, numeric, 1e-8);
            }

            return check.ToProperty($"x={x:R} y={y:R}");
        });

    [Property(MaxTest = 300)]
    public Property TwoClassSoftmaxIsTheSigmoidOfTheDifference() =>
        Prop.ForAll(LabelledLogits.OfSize(2).ToArbitrary(), input =>
        {
            var softmax = new double[2];
            Activations.Softmax(input.Z, softmax);

            // z₀ − z₁ is rounded by up to ulp(|z₀| + |z₁|), and σ′ ≤ 1/4 passes that on.
            var tolerance = 1e-16 + (2.5e-16 * (Math.Abs(input.Z[0]) + Math.Abs(input.Z[1])));
            return new Agreement()
                .Near("σ(z₀ − z₁) vs Softmax(z)₀", softmax[0], SigmoidOfDifference(input.Z), tolerance)
                .Classify(true, input.Kind.ToString())
                .ToProperty(input);
        });

    private static double Sigmoid(double x)
    {
        var destination = new double[1];
        Activations.Sigmoid([x], destination);
        return destination[0];
    }

    private static double BinaryCrossEntropy(double logit, double target)
    {
        var destination = new double[1];
        StablePrimitives.BinaryCrossEntropy<double>([logit], [target], destination);
        return destination[0];
    }

    private static Gen<double> Probability() => Gen.Frequency(
        (3, LabelledLogits.OnGrid(0.001, 0.999)),
        (1, Gen.Choose(1, 300).Select(k => Math.Pow(10, -k))),
        (1, Gen.Choose(1, 15).Select(k => 1 - Math.Pow(10, -k))));

    private static Gen<(double, double)> LogitWithTarget() =>
        from x in Logit
        from y in Gen.Frequency((1, Gen.Elements(0.0, 1.0)), (2, LabelledLogits.OnGrid(0, 1)))
        select (x, y);

    private static Func<double[], double> Compile(string id, bool right, params Symbol[] symbols)
    {
        var statement = ((Derivation)Derivations.Catalog.Get(id)).Statement;
        return ExprCompiler.Compile(right ? statement.Right : statement.Left, symbols);
    }
}
