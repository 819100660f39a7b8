using Verification.Symbolic.Canonical;
using Verification.Symbolic.Expressions;

namespace Verification.Symbolic.Tests.Canonical;

/// <summary>Canonical forms of the basic identities, and the factored-denominator shortcut at scale.</summary>
public class CanonicalFormTests(ITestOutputHelper output)
{
    private static bool FormallyEqual(Expr left, Expr right, CanonicalContext? context = null)
    {
        context ??= new CanonicalContext();
        var l = Canonicalizer.ToCanonical(left, context);
        var r = Canonicalizer.ToCanonical(right, context);
        return l.Subtract(r, context).IsZero;
    }

    [Fact]
    public void BasicIdentitiesAreFormalZeros()
    {
        var x = new Symbol("x");
        var s = new Sigmoid(x);
        Assert.True(FormallyEqual(new Derivative(s, x), s * (1 - s)));
        Assert.False(FormallyEqual(new Derivative(s, x), s * (1 + s)));
        var z0 = new Symbol("z0");
        var z1 = new Symbol("z1");
        Assert.True(FormallyEqual(new Softmax(new ExprList(z0, z1), 0), new Sigmoid(z0 - z1)));
        Assert.True(FormallyEqual(new Log(new Exp(x)), x));
        Assert.True(FormallyEqual(new Log(new Constant(new Fractions.Fraction(6))), new Log(2) + new Log(3)));
        Assert.True(FormallyEqual(new Derivative(new LogSumExp(new ExprList(z0, z1)), z0), new Softmax(new ExprList(z0, z1), 0)));
        Assert.True(FormallyEqual(new Derivative(new BinaryCrossEntropy(x, new Symbol("y")), x), s - new Symbol("y")));
    }

    [Theory]
    [InlineData(8)]
    [InlineData(32)]
    public void EveryJacobianEntryIsAFormalZero(int n)
    {
        var watch = System.Diagnostics.Stopwatch.StartNew();
        var z = Enumerable.Range(0, n).Select(i => (Expr)new Symbol($"z{i}")).ToArray();
        var logits = new ExprList(z);
        var context = new CanonicalContext();
        for (var i = 0; i < n; i++)
        {
            for (var j = 0; j < n; j++)
            {
                var left = new Derivative(new Softmax(logits, i), (Symbol)z[j]);
                var right = new Softmax(logits, i) * (new KroneckerDelta(i, j) - new Softmax(logits, j));
                Assert.True(FormallyEqual(left, right, context));
            }
        }

        output.WriteLine($"n={n}: {watch.ElapsedMilliseconds} ms, work {context.Meter.Work}");
    }
}
