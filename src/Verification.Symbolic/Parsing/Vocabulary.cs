using System.Collections.Frozen;
using System.Collections.Immutable;
using Verification.Symbolic.Expressions;

namespace Verification.Symbolic.Parsing;

/// <summary>One function of the claim language: how it is written and how it is elaborated.</summary>
/// <param name="Name">The name, as typed.</param>
/// <param name="MinimumArity">Fewest arguments (less than <paramref name="Arity"/> only for <c>rational(n)</c>).</param>
/// <param name="Arity">Most arguments.</param>
/// <param name="Usage">How it is written, for error messages.</param>
/// <param name="Elaborate">Builds its expression; null for <c>sum</c> and <c>prod</c>, which bind an index and are parsed apart.</param>
internal sealed record FunctionSignature(
    string Name, int MinimumArity, int Arity, string Usage, Func<Elaborator, CallSyntax, Scope?, Expr>? Elaborate)
{
    /// <summary>The optional named arguments it takes (<c>temperature</c> of softmax), none by default.</summary>
    public ImmutableArray<string> NamedParameters { get; init; } = [];
}

/// <summary>
/// The reserved words of the claim language: its keywords and its functions. <see cref="All"/> is
/// the one list of functions; the lookup, the "the functions are …" message and the elaboration
/// of a call all come from it.
/// </summary>
internal static class Vocabulary
{
    public const string Rational = "rational";

    /// <summary>Every function, in the order error messages list them.</summary>
    public static readonly ImmutableArray<FunctionSignature> All =
    [
        new("exp", 1, 1, "exp(e)", static (e, call, scope) => e.UnaryCall(call, scope, static u => new Exp(u))),
        new("log", 1, 1, "log(e)", static (e, call, scope) => e.UnaryCall(call, scope, static u => new Log(u))),
        new("sigmoid", 1, 1, "sigmoid(e)", static (e, call, scope) => e.UnaryCall(call, scope, static u => new Sigmoid(u))),
        .. ActivationFunction.All.Select(static f => new FunctionSignature(
            f.Name, 1, 1, $"{f.Name}(e)", (e, call, scope) => e.UnaryCall(call, scope, u => new Activation(f, u)))),
        new("softmax", 2, 2, "softmax([z0, z1, ...], i) or softmax([z0, z1, ...], i, temperature: T)", static (e, call, scope) => e.SoftmaxCall(call, scope))
        {
            NamedParameters = [Elaborator.Temperature],
        },
        new("log_softmax", 2, 2, "log_softmax([z0, z1, ...], i) or log_softmax([z0, z1, ...], i, temperature: T)", static (e, call, scope) => e.SoftmaxCall(call, scope))
        {
            NamedParameters = [Elaborator.Temperature],
        },
        new("logsumexp", 1, 1, "logsumexp([z0, z1, ...])", static (e, call, scope) => e.LogSumExpCall(call, scope)),
        new("diff", 2, 2, "diff(e, x)", static (e, call, scope) => e.DiffCall(call, scope)),
        new("delta", 2, 2, "delta(i, j)", static (e, call, scope) => e.DeltaCall(call, scope)),
        new("bce", 2, 2, "bce(z, y)", static (e, call, scope) => e.BinaryCrossEntropyCall(call, scope)),
        new("cross_entropy", 2, 2, "cross_entropy([z0, ...], [y0, ...]) or cross_entropy([z0, ...], [y0, ...], smoothing: eps)", static (e, call, scope) => e.CrossEntropyCall(call, scope))
        {
            NamedParameters = [Elaborator.Smoothing],
        },
        new("focal", 3, 3, "focal(z, y, gamma) with an integer gamma >= 0", static (e, call, scope) => e.FocalCall(call, scope)),
        new("sum", 1, 1, "sum(k in a..b: e)", null),
        new("prod", 1, 1, "prod(k in a..b: e)", null),
        new(Rational, 1, 2, "rational(n) or rational(n, d)", static (e, call, scope) => e.RationalCall(call, scope)),
    ];

    /// <summary>Function name → its signature.</summary>
    public static readonly FrozenDictionary<string, FunctionSignature> Functions =
        All.ToFrozenDictionary(static f => f.Name, StringComparer.Ordinal);

    /// <summary>The names of <see cref="All"/>, for "unknown function" messages.</summary>
    public static readonly string KnownFunctions = string.Join(", ", All.Select(static f => f.Name));

    /// <summary>Words that structure a claim; none of them can name a symbol.</summary>
    public static readonly FrozenSet<string> Keywords =
        new[] { "for", "in", "all", "solve", "where" }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Whether <paramref name="name"/> can be a symbol or an index variable.</summary>
    public static bool IsReserved(string name) => Keywords.Contains(name) || Functions.ContainsKey(name);
}
