using Fractions;
using Verification.Symbolic.Canonical;
using Verification.Symbolic.Claims;
using Verification.Symbolic.Expressions;
using Verification.Symbolic.Expressions.Indexed;

namespace Verification.Symbolic.Decision;

/// <summary>
/// Generalization: a sub-expression g that keeps an exponent out of the fragment (the e^x of
/// e^(e^x), the σ(x) of σ(σ(x) + 300)) is replaced by a fresh symbol u, so that
/// (e^(e^x) + 10^120) − 10^120 = e^(e^x) becomes (e^u + 10^120) − 10^120 = e^u, which the
/// canonical form decides.
/// </summary>
/// <remarks>
/// Why a proof of the generalized claim proves the original: it says the sides agree for every real
/// u (and every value of the other symbols) where both are defined; at a point where the original
/// sides are defined, g is defined and real, and the generalized sides at u = g equal the original
/// sides there. Only proofs transfer: a generalized claim that is false says nothing, because u ranges
/// over more values than g takes. The one trap is differentiation: diff(e^(e^x), x) is not
/// diff(e^u, x) = 0, so g is never replaced inside a diff(…, x) when g depends on x. Claims over
/// entries of a vector of any length (<see cref="Entry"/>, <see cref="IndexedSum"/>, …) are left alone:
/// their symbols are bound by an index.
/// </remarks>
internal static class Generalization
{
    /// <summary>
    /// Nested obstacles are generalized from the inside out, one level a round: e^(σ(e^x)) takes
    /// u = e^x, then v = σ(u). Three rounds cover three levels of nesting; each round is one more
    /// decision, and the work limit of the context bounds them all.
    /// </summary>
    private const int MaxRounds = 3;

    /// <summary>How many variables a new obstacle is compared with for a constant difference (each comparison is a subtraction of canonical forms).</summary>
    private const int MaxRelatedVariables = 32;

    /// <summary>
    /// The claim with its obstacles replaced, round by round (see <see cref="MaxRounds"/>): in each
    /// round first only where they sit inside an exponent, then everywhere (which keeps the link
    /// between an obstacle inside an exponent and the same expression outside); each with the
    /// sentence that names the replacements. Empty when nothing in the claim is an obstacle outside a
    /// derivative by a variable it depends on.
    /// </summary>
    /// <exception cref="WorkLimitExceededException">Deciding which sub-expressions are obstacles crossed the work limit.</exception>
    public static IEnumerable<(IdentityClaim Claim, string Change)> Candidates(IdentityClaim claim, CanonicalContext context)
    {
        // Stryker disable once all : defensive; no claim with these nodes has a canonical form today, so no verdict depends on it: it keeps a future canonical sum from having its bound entries generalized into one variable
        if (ExprTraversal.PreOrder(claim.Left).Concat(ExprTraversal.PreOrder(claim.Right)).Any(IsOverIndexedEntries))
        {
            yield break;
        }

        var variables = new List<Variable>();
        var relations = new List<string>();
        var current = claim;
        for (var round = 0; round < MaxRounds; round++)
        {
            var obstacles = new List<Expr>();
            FindObstacles(current.Left, insideExponent: false, [], obstacles, context);
            FindObstacles(current.Right, insideExponent: false, [], obstacles, context);
            if (obstacles.Count == 0)
            {
                yield break;
            }

            var taken = ExprTraversal.FreeSymbolNames(current.Left, current.Right).ToHashSet(StringComparer.Ordinal);
            taken.UnionWith(variables.Select(static v => v.Symbol.Name));
            var replacements = new Dictionary<Expr, Expr>();
            foreach (var obstacle in obstacles)
            {
                var form = CanonicalOrNull(obstacle, context);
                if (form is not null && RelatedVariable(form, variables, context) is { } related)
                {
                    replacements[obstacle] = related;
                    relations.Add($"{obstacle} = {related}");
                    continue;
                }

                var variable = new Variable(obstacle, FreshSymbol(taken), form);
                variables.Add(variable);
                replacements[obstacle] = variable.Symbol;
            }

            var change = Describe(variables, relations);
            var insideExponents = Generalized(current, replacements, everywhere: false);
            yield return (insideExponents, change);
            var everywhere = Generalized(current, replacements, everywhere: true);
            if (everywhere != insideExponents)
            {
                yield return (everywhere, change);
            }

            current = insideExponents;
        }
    }

    private static string Describe(List<Variable> variables, List<string> relations)
    {
        var one = variables.Count == 1;
        var taken = $"with {string.Join(", ", variables.Select(static v => $"{v.Symbol.Name} = {v.Obstacle}"))} taken as {(one ? "a variable of its own" : "variables of their own")}"
            + $" (a formal zero for every value holds at the value {(one ? "it takes" : "they take")})";
        return relations.Count == 0 ? taken : $"{taken} and {string.Join(", ", relations)} (canonical forms that differ by a constant)";
    }

    /// <summary>
    /// ±u + c for a variable u whose obstacle has a canonical form that differs from ±<paramref name="form"/>
    /// by a rational constant c (σ(−x) = 1 − σ(x), tanh(−x) = −tanh(x), e^x written two ways), or null.
    /// Generalizing such a pair into two variables would lose the relation; writing one through the
    /// other keeps it, and is sound for the same reason: the replacement equals the obstacle wherever
    /// both are defined. Only the first <see cref="MaxRelatedVariables"/> variables are compared.
    /// </summary>
    private static Expr? RelatedVariable(CanonicalForm form, IReadOnlyList<Variable> variables, CanonicalContext context)
    {
        foreach (var variable in variables.Take(MaxRelatedVariables))
        {
            if (variable.Form is null)
            {
                continue;
            }

            foreach (var sign in new[] { 1, -1 })
            {
                if (RationalConstant(form.Subtract(variable.Form.Scale(sign), context)) is { } constant)
                {
                    Expr signed = sign > 0 ? variable.Symbol : new Negate(variable.Symbol);
                    return constant.IsZero ? signed
                        : constant > Fraction.Zero ? (sign > 0 ? new Add(new Constant(constant), variable.Symbol) : new Subtract(new Constant(constant), variable.Symbol))
                        : new Subtract(signed, new Constant(-constant));
                }
            }
        }

        return null;
    }

    /// <summary>The rational c when <paramref name="form"/> is the constant c, else null.</summary>
    private static Fraction? RationalConstant(CanonicalForm form) =>
        form.IsZero ? Fraction.Zero
        : form.Factors.IsEmpty && form.Coefficient.Terms is [{ Monomial.IsOne: true, Exponent.IsZero: true } term] ? term.Coefficient
        : null;

    private static CanonicalForm? CanonicalOrNull(Expr expression, CanonicalContext context)
    {
        try
        {
            return Canonicalizer.ToCanonical(expression, context);
        }
        catch (OutsideFragmentException)
        {
            return null;
        }
    }

    /// <summary>A fresh symbol, the obstacle it stands for, and the obstacle's canonical form (null when it has none).</summary>
    private sealed record Variable(Expr Obstacle, Symbol Symbol, CanonicalForm? Form);

    private static IdentityClaim Generalized(IdentityClaim claim, IReadOnlyDictionary<Expr, Expr> fresh, bool everywhere) =>
        new(Replace(claim.Left, fresh, everywhere, insideExponent: false, []), Replace(claim.Right, fresh, everywhere, insideExponent: false, []));

    /// <summary>
    /// Collects, inside the arguments of functions that put their argument in an exponent, the
    /// outermost sub-expressions that are not plain arithmetic and whose canonical form is not a
    /// polynomial (so e^(log(x·y)) keeps its log: e^(log P) = P is in the fragment). One that has no
    /// canonical form itself (e^x inside softplus(e^x)) is searched for obstacles of its own, and taken
    /// whole only when it has none.
    /// </summary>
    /// <returns>Whether the subtree holds an obstacle (found now or before).</returns>
    private static bool FindObstacles(Expr node, bool insideExponent, IReadOnlyList<Symbol> derivativeVariables, List<Expr> obstacles, CanonicalContext context)
    {
        var variables = node is Derivative d ? [.. derivativeVariables, d.Variable] : derivativeVariables;
        if (insideExponent && !IsArithmetic(node))
        {
            if (obstacles.Contains(node))
            {
                return true;
            }

            if (DependsOnAny(node, derivativeVariables))
            {
                return false;
            }

            switch (Classify(node, context))
            {
                case Obstacle.Whole:
                    obstacles.Add(node);
                    return true;
                case Obstacle.Inside:
                    if (!FindInChildren(node, insideExponent: true, variables, obstacles, context))
                    {
                        obstacles.Add(node);
                    }

                    return true;
                default:
                    return false;
            }
        }

        return FindInChildren(node, insideExponent || PutsArgumentInExponent(node), variables, obstacles, context);
    }

    private static bool FindInChildren(Expr node, bool insideExponent, IReadOnlyList<Symbol> derivativeVariables, List<Expr> obstacles, CanonicalContext context)
    {
        var found = false;
        foreach (var child in ExprTraversal.Children(node))
        {
            found |= FindObstacles(child, insideExponent, derivativeVariables, obstacles, context);
        }

        return found;
    }

    /// <summary>
    /// <paramref name="node"/> with the obstacles replaced by their symbols (everywhere, or only inside
    /// exponents). An occurrence inside a derivative by a variable it depends on stays as it is:
    /// replacing only some occurrences is as sound as replacing all.
    /// </summary>
    private static Expr Replace(Expr node, IReadOnlyDictionary<Expr, Expr> fresh, bool everywhere, bool insideExponent, IReadOnlyList<Symbol> derivativeVariables)
    {
        if ((everywhere || insideExponent) && fresh.TryGetValue(node, out var replacement))
        {
            return DependsOnAny(node, derivativeVariables) ? node : replacement;
        }

        var variables = node is Derivative d ? [.. derivativeVariables, d.Variable] : derivativeVariables;
        return ExprTraversal.MapChildren(node, child => Replace(child, fresh, everywhere, insideExponent || PutsArgumentInExponent(node), variables));
    }

    private enum Obstacle
    {
        /// <summary>An exponent can take it as it is.</summary>
        None,

        /// <summary>It has a canonical form, and an exponent cannot take it: replace it.</summary>
        Whole,

        /// <summary>It has no canonical form: what keeps it out is inside it.</summary>
        Inside,
    }

    /// <summary>
    /// Whether the argument of e^(·) could take <paramref name="node"/> as it is: the same tests the
    /// canonical exponential makes (no denominator, an expanded numerator without exponentials).
    /// </summary>
    private static Obstacle Classify(Expr node, CanonicalContext context) =>
        CanonicalOrNull(node, context) is not { } form ? Obstacle.Inside
        : form.Factors.Any(static f => f.Power < 0) || !form.ExpandNumerator(context).IsPolynomial ? Obstacle.Whole
        : Obstacle.None;

    // The functions whose definition puts their argument in an exponent: e^u, σ(u) = 1/(1 + e^(−u)),
    // tanh, softplus, log σ, SiLU, and the softmax family through e^(zᵢ).
    private static bool PutsArgumentInExponent(Expr node) =>
        node is Exp or Sigmoid or Activation or Softmax or LogSoftmax or LogSumExp or BinaryCrossEntropy or CrossEntropy;

    private static bool IsArithmetic(Expr node) =>
        node is Constant or Symbol or Add or Subtract or Multiply or Divide or Negate or Power or KroneckerDelta;

    // Stryker disable once all : the defensive guard above; see there
    private static bool IsOverIndexedEntries(Expr node) =>
        node is Entry or IndexDelta or IndexedSum or IndexedSoftmax or IndexedLogSoftmax or IndexedLogSumExp or IndexedCrossEntropy or EntryDerivative;

    private static bool DependsOnAny(Expr node, IReadOnlyList<Symbol> variables) =>
        variables.Count > 0 && variables.Any(v => ExprTraversal.Contains(node, v));

    private static Symbol FreshSymbol(HashSet<string> taken)
    {
        string[] preferred = ["u", "v", "w"];
        var name = preferred.FirstOrDefault(n => !taken.Contains(n));
        for (var k = 1; name is null; k++)
        {
            name = taken.Contains($"u{k}") ? null : $"u{k}";
        }

        taken.Add(name);
        return new Symbol(name);
    }
}
