using System.Collections.Immutable;

namespace Verification.Symbolic.Parsing;

// The syntax tree: what was written, before index variables, ranges, sums and substitutions are
// worked out (that is Elaborator's job). Every node knows its first token, for error positions,
// and the offset where it ends, so a message can quote the source. Height is the number of nodes
// on the longest path down, which the parser bounds so that nothing downstream recurses too deep.

/// <summary>A node of the syntax tree of an expression.</summary>
internal abstract record Syntax(Token First, int End, int Height);

/// <summary>A number literal.</summary>
internal sealed record NumberSyntax(Token First) : Syntax(First, First.End, 1);

/// <summary>A bare name: a symbol, or an index variable in scope.</summary>
internal sealed record NameSyntax(Token First) : Syntax(First, First.End, 1)
{
    public string Name => First.Text;
}

/// <summary>A subscripted symbol <c>z[i]</c>, <c>v[i, j]</c>, <c>v[i][j]</c>, or a range of them <c>z[0..3]</c>.</summary>
internal sealed record SubscriptSyntax(Token First, int End, int Height, ImmutableArray<SubscriptItem> Items) : Syntax(First, End, Height)
{
    public string Name => First.Text;
}

/// <summary>One subscript: an index expression, or a range <c>From..To</c> when <see cref="To"/> is set.</summary>
internal sealed record SubscriptItem(Syntax From, Syntax? To);

/// <summary><c>-e</c> or <c>+e</c>; <see cref="Syntax.First"/> is the sign.</summary>
internal sealed record UnarySyntax(Token First, int End, Syntax Operand) : Syntax(First, End, Operand.Height + 1);

/// <summary><c>L op R</c> for <c>+ - * / ^</c>.</summary>
internal sealed record BinarySyntax(Token Operator, Syntax Left, Syntax Right)
    : Syntax(Left.First, Right.End, Math.Max(Left.Height, Right.Height) + 1);

/// <summary>
/// <c>f(a, b, …, name: value, …)</c>; <see cref="Syntax.First"/> is the function's name. The named
/// arguments (<c>temperature: T</c>) come after the positional ones.
/// </summary>
internal sealed record CallSyntax(Token First, int End, int Height, ImmutableArray<Syntax> Arguments, ImmutableArray<NamedArgumentSyntax> NamedArguments)
    : Syntax(First, End, Height)
{
    public string Name => First.Text;
}

/// <summary><c>name: value</c> inside a call, as in <c>softmax(z, 0, temperature: T)</c>.</summary>
internal sealed record NamedArgumentSyntax(Token Name, Syntax Value);

/// <summary>A vector literal <c>[a, b, z[0..3]]</c>.</summary>
internal sealed record VectorSyntax(Token First, int End, int Height, ImmutableArray<Syntax> Elements) : Syntax(First, End, Height);

/// <summary><c>sum(k in 0..3: body)</c> or <c>prod(…)</c>.</summary>
internal sealed record BigOperatorSyntax(Token First, int End, ImmutableArray<Binder> Binders, Syntax Body)
    : Syntax(First, End, Body.Height + 1)
{
    public bool IsProduct => First.IsIdentifier("prod");
}

/// <summary>
/// Index variables bound over a range, <c>i, j in From..To</c>, or to one value, <c>i = From</c>
/// (<see cref="To"/> is null).
/// </summary>
internal sealed record Binder(ImmutableArray<Token> Names, Syntax From, Syntax? To);

/// <summary>A claim as written.</summary>
internal abstract record ClaimSyntax(Token First);

/// <summary>
/// <c>Left == Right</c>, with its <c>where</c> substitutions, or (in a <c>for all n</c> claim) its
/// <c>where L == R</c> hypotheses.
/// </summary>
internal sealed record EquationSyntax(Syntax Left, Token EqualEqual, Syntax Right, ImmutableArray<WhereSyntax> Where)
    : ClaimSyntax(Left.First)
{
    public ImmutableArray<HypothesisSyntax> Hypotheses { get; init; } = [];
}

/// <summary><c>where Left == Right</c>: an assumption of a <c>for all n</c> claim.</summary>
internal sealed record HypothesisSyntax(Syntax Left, Syntax Right);

/// <summary>
/// <c>for all n &gt;= Minimum, i, j in 0..n-1: Body</c>: a claim about vectors of every length n
/// (from <see cref="Minimum"/> on), for every value of the index variables.
/// </summary>
internal sealed record GeneralSyntax(Token First, Token Size, Syntax Minimum, ImmutableArray<Binder> Binders, EquationSyntax Body)
    : ClaimSyntax(First);

/// <summary><c>solve u, v: equation [for all x, y]</c>; <see cref="ForAll"/> is default when no <c>for all</c> was written.</summary>
internal sealed record SolveSyntax(Token First, ImmutableArray<Syntax> Unknowns, EquationSyntax Equation, ImmutableArray<Syntax> ForAll)
    : ClaimSyntax(First);

/// <summary><c>for binders: body</c>.</summary>
internal sealed record FamilySyntax(Token First, ImmutableArray<Binder> Binders, ClaimSyntax Body) : ClaimSyntax(First);

/// <summary><c>where Target = Replacement</c>.</summary>
internal sealed record WhereSyntax(Syntax Target, Syntax Replacement);
