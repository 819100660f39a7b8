using System.Collections.Immutable;
using Verification.Symbolic.Canonical;
using Verification.Symbolic.Expressions;
using Verification.Symbolic.Expressions.Indexed;
using Verification.Symbolic.Printing;

namespace Verification.Symbolic.EveryN;

/// <summary>A sum over the unnamed positions, abstracted into one symbol: <c>R_1 = Σ_{k ∉ named} Body</c>.</summary>
/// <param name="Symbol">The fresh symbol that stands for it.</param>
/// <param name="Index">The summation index of <see cref="Body"/>.</param>
/// <param name="Body">What is summed (entries at <see cref="Index"/>, scalars, entries at named positions).</param>
public sealed record RestSum(Symbol Symbol, string Index, Expr Body)
{
    /// <summary>What the symbol stands for, in words that paste into plain text: <c>sum over the unnamed k of exp(z[k])</c>.</summary>
    public string Meaning => $"sum over the unnamed {Index} of {PlainTextPrinter.Print(Body)}";
}

/// <summary>Why a general-n expression cannot be abstracted (the claim is then settled, or not, by instances).</summary>
internal sealed class NotAbstractableException(string message) : Exception(message);

/// <summary>
/// Within one <see cref="IndexCase"/>, turns a general-n expression (derivatives taken, named
/// functions unfolded) into an ordinary expression: entries at named positions become symbols
/// (<c>z_i</c>), and every Σ_k is split into its terms at the named positions plus one sum over the
/// rest, whose k-dependent parts become fresh symbols (<see cref="RestSum"/>).
/// </summary>
/// <remarks>
/// <para><b>The split.</b> For a case with named positions P (pairwise distinct, in range),
/// Σ_{k=0}^{n−1} f(k) = Σ_{p∈P} f(p) + Σ_{k∉P} f(k). In the rest every δ_{k p} is 0 (k ∉ P) and δ_{k k} is 1,
/// which is the sifting rule Σ_k δ_{kj} h(k) = h(j). The rest's body is brought to canonical form;
/// what does not depend on k factors out (Σ_k c·g(k) = c·Σ_k g(k), a finite sum), and each distinct
/// k-dependent part g becomes one symbol R = Σ_{k∉P} g(k). A k-dependent denominator leaves the whole
/// body as one symbol, its rational factor taken out (Σ_k c·h(k) = c·Σ_k h(k)).</para>
/// <para><b>Why a formal zero proves the claim for every n.</b> The rewriting is exact for every
/// n at which the case's positions exist and are distinct, including n = |P|, where every rest
/// sum is empty and R = 0. The reduced identity is decided with each R an independent variable; a
/// formal zero holds for every real value of them, so in particular for the values the actual sums
/// take, whatever n is. (A non-zero form proves nothing: Σ e^{2z} and (Σ e^z)² are related, which
/// independent symbols do not know.)</para>
/// <para><b>Nested sums.</b> An inner Σ_m inside Σ_k over the rest sees k as one more position:
/// Σ_m f(k, m) = Σ_{p∈P} f(k, p) + f(k, k) + Σ_{m∉P} h(k, m) − h(k, k), with h the body with δ_{mk} = 0.
/// Its m-dependent parts must not involve k (then they are symbols free of k); otherwise the
/// expression is not abstracted.</para>
/// </remarks>
internal sealed class SumAbstraction(IndexCase indexCase, EngineLimits limits, IReadOnlySet<string> takenNames)
{
    private readonly Dictionary<string, RestSum> restSums = new(StringComparer.Ordinal);
    private readonly List<RestSum> inOrder = [];

    /// <summary>The abstracted sums met so far, in order of first appearance.</summary>
    public IReadOnlyList<RestSum> RestSums => inOrder;

    public Expr Abstract(Expr expression) => Tidy(Abstract(expression, Scope.Empty));

    // The split leaves δ's as 0 and 1 in place; the local cleanups of ExprBuilder (0·u → 0, 1·u → u, …) remove them.
    private static Expr Tidy(Expr e) => ExprBuilder.Simplify(ExprTraversal.MapChildren(e, Tidy));

    private Expr Abstract(Expr e, Scope scope) => e switch
    {
        Entry entry => Resolve(entry.Index, scope) is { } named
            ? IndexCase.EntrySymbol(entry.Vector, named)
            : entry,
        IndexDelta delta => Delta(delta, scope),
        IndexedSum sum => Sum(sum, scope),
        _ => ExprTraversal.MapChildren(e, child => Abstract(child, scope)),
    };

    /// <summary>The named position an index denotes, or null for a summation index over the rest.</summary>
    private NamedIndex? Resolve(IndexTerm index, Scope scope) => index switch
    {
        IndexVariable v when scope.Rest.Contains(v.Name) => null,
        IndexVariable v => indexCase.Variables.TryGetValue(v.Name, out var named) ? named : throw new NotAbstractableException($"index '{v.Name}' is not bound"),
        _ => indexCase.Anchors.TryGetValue(index, out var anchor) ? anchor : throw new NotAbstractableException($"position {index} is not named"),
    };

    private Constant Delta(IndexDelta delta, Scope scope)
    {
        var (i, j) = (Resolve(delta.I, scope), Resolve(delta.J, scope));
        if (i is not null || j is not null)
        {
            // Two named positions are equal only if they are the same one; a rest index is none of them.
            return ReferenceEquals(i, j) || (i is not null && j is not null && i == j) ? Constant.One : Constant.Zero;
        }

        var (a, b) = (((IndexVariable)delta.I).Name, ((IndexVariable)delta.J).Name);
        return a == b ? Constant.One
            : scope.Distinct.Contains((a, b)) || scope.Distinct.Contains((b, a)) ? Constant.Zero
            : throw new NotAbstractableException($"δ of two summation indices {a}, {b} that may be equal");
    }

    private Expr Sum(IndexedSum sum, Scope scope)
    {
        // A summation index is renamed apart from every index in scope, so placeholders cannot collide.
        var m = sum.Index;
        var body = sum.Body;
        if (scope.Rest.Contains(m) || indexCase.Variables.ContainsKey(m))
        {
            var fresh = m;
            while (scope.Rest.Contains(fresh) || indexCase.Variables.ContainsKey(fresh))
            {
                fresh += "'";
            }

            body = IndexSubstitution.Apply(body, m, new IndexVariable(fresh));
            m = fresh;
        }

        var (positions, hasRest) = NamedInRange(sum.From, sum.To);
        var terms = positions.Select(p => Abstract(IndexSubstitution.Apply(body, m, p.Term), scope)).ToList();
        if (hasRest)
        {
            var outer = scope.Rest.Where(k => k != m && IndexSubstitution.Occurs(body, k)).Distinct().ToList();
            if (outer.Count > 1)
            {
                throw new NotAbstractableException($"a sum over {m} whose terms involve two outer summation indices ({string.Join(", ", outer)})");
            }

            var inner = scope.Enter(m, outer.Count == 1 ? outer[0] : null);
            var rest = Abstract(body, inner);
            var decomposed = Decompose(rest, m, inner);
            if (outer.Count == 1)
            {
                // Σ_{m∉P} f = Σ_{m∉P∪{k}} f + f(k): the rest sum above ran over m ≠ k too, so its m = k term is taken out again.
                var k = new IndexVariable(outer[0]);
                terms.Add(Abstract(IndexSubstitution.Apply(body, m, k), scope));
                decomposed = ExprBuilder.Subtract(decomposed, RenameEntries(rest, m, k));
            }

            terms.Add(decomposed);
        }

        return ExprBuilder.Sum(terms);
    }

    /// <summary>The named positions in From..To, and whether the unnamed positions are in the range too.</summary>
    private (List<NamedIndex> Positions, bool HasRest) NamedInRange(IndexTerm from, IndexTerm to)
    {
        switch (from, to)
        {
            case (IndexConstant a, IndexFromEnd b):
                // Every position outside a..n−b is an anchor (GeneralDecider names them), so the rest lies inside.
                var excluded = (NamedIndex p) => p.Term is IndexConstant c ? c.Value < a.Value : p.Term is IndexFromEnd f && f.Offset < b.Offset;
                return ([.. indexCase.Named.Where(p => !excluded(p))], true);
            case (IndexConstant a, IndexConstant b):
                return ([.. Enumerable.Range(a.Value, Math.Max(0, b.Value - a.Value + 1)).Select(v => Anchor(new IndexConstant(v)))], false);
            case (IndexFromEnd a, IndexFromEnd b):
                return ([.. Enumerable.Range(b.Offset, Math.Max(0, a.Offset - b.Offset + 1)).Reverse().Select(d => Anchor(new IndexFromEnd(b.Size, d)))], false);
            default:
                throw new NotAbstractableException($"a sum over {from}..{to}");
        }

        NamedIndex Anchor(IndexTerm term) =>
            indexCase.Anchors.TryGetValue(term, out var anchor) ? anchor : throw new NotAbstractableException($"position {term} is not named");
    }

    /// <summary>Σ_{m ∉ P} of <paramref name="body"/> (whose only m-dependence is through entries at m), in terms of fresh symbols.</summary>
    private Expr Decompose(Expr body, string m, Scope scope)
    {
        var context = new CanonicalContext(limits);
        CanonicalForm form;
        try
        {
            form = Canonicalizer.ToCanonical(ToPlaceholders(body, scope), context);
        }
        catch (Exception e) when (e is OutsideFragmentException or WorkLimitExceededException)
        {
            throw new NotAbstractableException($"the terms of a sum over {m} are outside the fragment ({e.Message})");
        }

        var marker = Placeholders.Marker(m);
        var others = scope.Rest.Where(k => k != m).Select(Placeholders.Marker).ToList();
        bool DependsOnM(string atom) => atom.Contains(marker, StringComparison.Ordinal);
        bool DependsOnOuter(string text) => others.Any(o => text.Contains(o, StringComparison.Ordinal));
        var writer = new CanonicalToExpr(context);

        if (form.Factors.Any(f => f.Power < 0 && f.Factor.Atoms.Any(DependsOnM)))
        {
            // A k-dependent denominator (Σ_k 1/(1 + e^{z_k})): the whole body is one sum. Its rational factor comes
            // out (Σ_k c·h(k) = c·Σ_k h(k)), with h scaled so its leading numerator coefficient is 1: bodies that
            // differ by a constant factor (2/((1+e^z)(2+e^z)) and 1/((1+e^z)(2+e^z))) then share one symbol.
            var factor = form.Coefficient.Terms[0].Coefficient;
            var normalized = form.Scale(1 / factor);
            var whole = normalized.ToString();
            return DependsOnOuter(whole)
                ? throw new NotAbstractableException($"the terms of a sum over {m} do not separate from an outer summation index")
                : ExprBuilder.Multiply(new Constant(factor), RestSymbol(whole.Replace(marker, "[•]", StringComparison.Ordinal), m, writer.Form(normalized)));
        }

        var numerator = form.Factors.Where(f => f.Power > 0)
            .Aggregate(form.Coefficient, (product, f) => product.Multiply(context.Power(f.Factor, f.Power), context.Meter));
        var denominator = form.Factors.Where(f => f.Power < 0)
            .Aggregate((Expr)Constant.One, (product, f) => ExprBuilder.Multiply(product, ExprBuilder.Power(writer.Polynomial(f.Factor), -f.Power)));

        // Σ_k Σ_t c_t·a_t·g_t(k) = Σ_g (Σ_t c_t·a_t)·Σ_k g(k), with a_t free of k and g(k) = Π(atoms at k)·e^{p(k)}.
        var groups = new Dictionary<string, (ExpTerm Part, List<ExpTerm> Coefficients)>(StringComparer.Ordinal);
        var order = new List<string>();
        foreach (var term in numerator.Terms)
        {
            var kMonomial = term.Monomial.Factors.Where(f => DependsOnM(f.Atom)).Aggregate(Monomial.One, (p, f) => p.Multiply(Monomial.Of(f.Atom, f.Power)));
            var freeMonomial = term.Monomial.Factors.Where(f => !DependsOnM(f.Atom)).Aggregate(Monomial.One, (p, f) => p.Multiply(Monomial.Of(f.Atom, f.Power)));
            var kExponent = Polynomial.FromTerms(term.Exponent.Terms.Where(t => t.Monomial.Factors.Any(f => DependsOnM(f.Atom))));
            var freeExponent = Polynomial.FromTerms(term.Exponent.Terms.Where(t => !t.Monomial.Factors.Any(f => DependsOnM(f.Atom))));
            var part = new ExpTerm(Fractions.Fraction.One, kMonomial, kExponent);
            var key = ExpPolynomial.Term(Fractions.Fraction.One, kMonomial, kExponent).ToString();
            if (DependsOnOuter(key))
            {
                throw new NotAbstractableException($"the terms of a sum over {m} do not separate from an outer summation index");
            }

            if (!groups.TryGetValue(key, out var group))
            {
                group = (part, []);
                groups[key] = group;
                order.Add(key);
            }

            group.Coefficients.Add(new ExpTerm(term.Coefficient, freeMonomial, freeExponent));
        }

        var sum = CanonicalToExpr.Sum(order.Select(key =>
        {
            var (part, coefficients) = groups[key];
            var symbol = RestSymbol(key.Replace(marker, "[•]", StringComparison.Ordinal), m, writer.Term(part));
            return ExprBuilder.Multiply(CanonicalToExpr.Sum(coefficients.Select(writer.Term)), symbol);
        }));
        return ExprBuilder.Divide(sum, denominator);
    }

    private Symbol RestSymbol(string key, string index, Expr body)
    {
        if (!restSums.TryGetValue(key, out var rest))
        {
            rest = new RestSum(Symbol.Fresh($"R_{inOrder.Count + 1}", takenNames), index, body);
            restSums[key] = rest;
            inOrder.Add(rest);
        }

        return rest.Symbol;
    }

    /// <summary>Entries at the summation indices in scope, as placeholder symbols <c>z[k]</c> the canonical form can hold.</summary>
    private static Expr ToPlaceholders(Expr e, Scope scope) => e switch
    {
        Entry { Index: IndexVariable v } entry when scope.Rest.Contains(v.Name) => new Symbol(Placeholders.Name(entry.Vector, v.Name)),
        Entry entry => throw new NotAbstractableException($"entry {entry} left unnamed"),
        _ => ExprTraversal.MapChildren(e, child => ToPlaceholders(child, scope)),
    };

    private static Expr RenameEntries(Expr e, string from, IndexVariable to) => e switch
    {
        Entry { Index: IndexVariable v } entry when v.Name == from => entry with { Index = to },
        _ => ExprTraversal.MapChildren(e, child => RenameEntries(child, from, to)),
    };

    /// <summary>The summation indices over the rest that are in scope, and the pairs of them known to differ.</summary>
    private sealed record Scope(ImmutableList<string> Rest, ImmutableHashSet<(string, string)> Distinct)
    {
        public static Scope Empty { get; } = new([], []);

        public Scope Enter(string index, string? differentFrom) =>
            new(Rest.Add(index), differentFrom is null ? Distinct : Distinct.Add((index, differentFrom)));
    }
}
