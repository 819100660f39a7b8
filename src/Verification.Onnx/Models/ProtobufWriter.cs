using System.Text;

namespace Verification.Onnx.Models;

/// <summary>
/// The three protocol-buffer wire types an ONNX model needs (developers.google.com/protocol-buffers/docs/encoding):
/// a field is a varint key (field number « 3 | wire type) followed by a varint (type 0) or by a varint length and
/// that many bytes (type 2: strings and nested messages). Hand-written because writing a one-node model takes
/// these alone, and a generated ONNX schema would be a second package with ONNX Runtime's.
/// </summary>
internal sealed class ProtobufWriter
{
    private const int VarintWireType = 0;
    private const int LengthDelimitedWireType = 2;

    private readonly List<byte> buffer = [];

    /// <summary>An int32, int64 or enum field (negative values take ten bytes, as protobuf's two's complement varint).</summary>
    public ProtobufWriter Integer(int fieldNumber, long value)
    {
        Key(fieldNumber, VarintWireType);
        Varint(unchecked((ulong)value));
        return this;
    }

    /// <summary>A string field, UTF-8.</summary>
    public ProtobufWriter Text(int fieldNumber, string value) => Bytes(fieldNumber, Encoding.UTF8.GetBytes(value));

    /// <summary>An embedded message field.</summary>
    public ProtobufWriter Message(int fieldNumber, ProtobufWriter message)
    {
        ArgumentNullException.ThrowIfNull(message);
        return Bytes(fieldNumber, message.ToArray());
    }

    /// <summary>The bytes written so far.</summary>
    public byte[] ToArray() => buffer.ToArray();

    private ProtobufWriter Bytes(int fieldNumber, byte[] value)
    {
        Key(fieldNumber, LengthDelimitedWireType);
        Varint((ulong)value.Length);
        buffer.AddRange(value);
        return this;
    }

    private void Key(int fieldNumber, int wireType) => Varint(((ulong)fieldNumber << 3) | (uint)wireType);

    /// <summary>Seven bits a byte, least significant first; the high bit says another byte follows.</summary>
    private void Varint(ulong value)
    {
        while (value >= 0x80)
        {
            buffer.Add((byte)(value | 0x80));
            value >>= 7;
        }

        buffer.Add((byte)value);
    }
}
