using System.Diagnostics.CodeAnalysis;

namespace Verification.Symbolic.Parsing;

/// <summary>
/// What parsing gave: a value (a <see cref="Claims.Claim"/> or an <see cref="Expressions.Expr"/>) when
/// <see cref="IsSuccess"/>, otherwise a <see cref="ParseError"/>. Exactly one of the two is set.
/// </summary>
public sealed class ParseResult<T>
    where T : class
{
    internal ParseResult(T? value, ParseError? error)
    {
        Value = value;
        Error = error;
    }

    /// <summary>The parsed value, set when <see cref="IsSuccess"/>.</summary>
    public T? Value { get; }

    /// <summary>The error, set when not <see cref="IsSuccess"/>.</summary>
    public ParseError? Error { get; }

    [MemberNotNullWhen(true, nameof(Value))]
    [MemberNotNullWhen(false, nameof(Error))]
    public bool IsSuccess => Value is not null;

    /// <summary>The value, or an <see cref="InvalidOperationException"/> carrying the error's text.</summary>
    public T GetValueOrThrow() =>
        IsSuccess ? Value : throw new InvalidOperationException($"parse error at {Error}");

    public override string ToString() => IsSuccess ? $"Success({Value})" : $"Failure({Error})";
}

/// <summary>Makes <see cref="ParseResult{T}"/> values.</summary>
public static class ParseResult
{
    public static ParseResult<T> Success<T>(T value)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(value);
        return new ParseResult<T>(value, null);
    }

    public static ParseResult<T> Failure<T>(ParseError error)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(error);
        return new ParseResult<T>(null, error);
    }
}
