using Verification.Symbolic.Expressions;

namespace Verification.Symbolic.Tests.Generators;

/// <summary>
/// Rewrites that preserve the value of an expression wherever it is defined: the identities the
/// engine must see through. One is applied at a random node that admits one.
/// </summary>
public static class ValidRewrites
{
    public static Expr ApplyOne(Expr expression, Random random)
    {
        var sites = ExprTraversal.PreOrder(expression).Where(n => Candidates(n).Any()).ToList();
        if (sites.Count == 0)
        {
            return new Add(expression, 0);
        }

        var site = sites[random.Next(sites.Count)];
        var options = Candidates(site).ToList();
        var replacement = options[random.Next(options.Count)];
        return Replace(expression, site, replacement);
    }

    /// <summary>Every rewrite that applies at the root of <paramref name="node"/>, with the identity it uses.</summary>
    private static IEnumerable<Expr> Candidates(Expr node)
    {
        switch (node)
        {
            case Add(var a, var b):
                yield return new Add(b, a); // a + b = b + a
                if (a is Add(var a1, var a2))
                {
                    yield return new Add(a1, new Add(a2, b)); // (a + b) + c = a + (b + c)
                }

                break;
            case Multiply(var a, var b):
                yield return new Multiply(b, a); // ab = ba
                if (b is Add(var b1, var b2))
                {
                    yield return new Add(new Multiply(a, b1), new Multiply(a, b2)); // a(b + c) = ab + ac
                }

                if (a is Multiply(var left, var right))
                {
                    yield return new Multiply(left, new Multiply(right, b)); // (ab)c = a(bc)
                }

                break;
            case Subtract(var a, var b):
                yield return new Add(a, new Negate(b)); // a − b = a + (−b)
                break;
            case Divide(var a, var b):
                yield return new Multiply(a, new Power(b, -1)); // a/b = a·b⁻¹
                break;
            case Exp(Add(var a, var b)):
                yield return new Multiply(new Exp(a), new Exp(b)); // e^(a+b) = e^a·e^b
                break;
            case Exp(var a):
                yield return new Divide(1, new Exp(new Negate(a))); // e^a = 1/e^(−a)
                break;
            case Sigmoid(var u):
                yield return new Divide(1, new Add(1, new Exp(new Negate(u)))); // σ(u) = 1/(1 + e^(−u))
                yield return new Subtract(1, new Sigmoid(new Negate(u))); // σ(u) = 1 − σ(−u)
                break;
            case Activation(var function, var u):
                yield return function.Definition(u); // the definition it is canonicalised from
                yield return TextbookForm(function, u); // the catalog's identity for it
                break;
            case Softmax(var logits, var index):
                yield return new Divide(new Exp(logits[index]), SumOfExponentials(logits)); // definition
                yield return new Softmax(new ExprList(logits.Select(z => (Expr)new Add(z, 7))), index); // shift invariance
                break;
            case LogSumExp(var logits):
                yield return new Log(SumOfExponentials(logits)); // definition
                break;
            case Log(Multiply(var a, var b)):
                yield return new Add(new Log(a), new Log(b)); // log(ab) = log a + log b for a, b > 0 (the generator's logs are of positives)
                break;
            case Log(Exp(var p)):
                yield return p; // log e^p = p
                break;
            case Power(var b, var k) when k >= 2:
                yield return new Multiply(b, new Power(b, k - 1)); // b^k = b·b^(k−1)
                break;
        }
    }

    private static Expr SumOfExponentials(ExprList logits) =>
        logits.Skip(1).Aggregate((Expr)new Exp(logits[0]), (sum, z) => new Add(sum, new Exp(z)));

    /// <summary>
    /// Replaces every occurrence (by reference) of <paramref name="site"/>, through every node kind
    /// (softmax logits and derivative bodies included), so the site chosen among
    /// <see cref="ExprTraversal.PreOrder"/>'s nodes is always the one rewritten.
    /// </summary>
    private static Expr Replace(Expr expression, Expr site, Expr replacement) =>
        ReferenceEquals(expression, site)
            ? replacement
            : ExprTraversal.MapChildren(expression, child => Replace(child, site, replacement));

    // tanh(u) = 2σ(2u) − 1, softplus(u) = u + softplus(−u), log σ(u) = −softplus(−u), silu(u) = u·σ(u):
    // each proved in the catalog's relatives chapter, each a different route to the same canonical form.
    private static Expr TextbookForm(ActivationFunction function, Expr u) => function.Name switch
    {
        "tanh" => new Subtract(new Multiply(2, new Sigmoid(new Multiply(2, u))), 1),
        "softplus" => new Add(u, new Activation(ActivationFunction.Softplus, new Negate(u))),
        "log_sigmoid" => new Negate(new Activation(ActivationFunction.Softplus, new Negate(u))),
        "silu" => new Multiply(u, new Sigmoid(u)),
        _ => throw new ArgumentException($"no textbook form for {function.Name}", nameof(function)),
    };
}
