using System.Collections.Generic;
using System.IO;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;

namespace NanoCheck.Tests
{
    /// <summary>A method the emitted IL refers to: declaring type, name and parameter count.</summary>
    public sealed record MemberReferenceInfo(string Type, string Name, int ParameterCount)
    {
        public override string ToString() => $"{Type}::{Name}/{ParameterCount}";
    }

    /// <summary>Reads the MemberRef table of an emitted assembly.</summary>
    public static class MemberReferences
    {
        public static IReadOnlyList<MemberReferenceInfo> Read(byte[] image)
        {
            var result = new List<MemberReferenceInfo>();
            using var pe = new PEReader(new MemoryStream(image));
            MetadataReader reader = pe.GetMetadataReader();
            foreach (MemberReferenceHandle handle in reader.MemberReferences)
            {
                MemberReference member = reader.GetMemberReference(handle);
                if (member.GetKind() != MemberReferenceKind.Method || member.Parent.Kind != HandleKind.TypeReference)
                {
                    continue;
                }

                TypeReference type = reader.GetTypeReference((TypeReferenceHandle)member.Parent);
                string typeName = FullName(reader, type.Namespace, type.Name);
                BlobReader signature = reader.GetBlobReader(member.Signature);
                SignatureHeader header = signature.ReadSignatureHeader();
                if (header.IsGeneric)
                {
                    signature.ReadCompressedInteger();
                }

                result.Add(new MemberReferenceInfo(typeName, reader.GetString(member.Name), signature.ReadCompressedInteger()));
            }

            return result;
        }

        /// <summary>Names of all type references (namespace.name).</summary>
        public static IReadOnlyList<string> TypeReferences(byte[] image)
        {
            var result = new List<string>();
            using var pe = new PEReader(new MemoryStream(image));
            MetadataReader reader = pe.GetMetadataReader();
            foreach (TypeReferenceHandle handle in reader.TypeReferences)
            {
                TypeReference type = reader.GetTypeReference(handle);
                result.Add(FullName(reader, type.Namespace, type.Name));
            }

            return result;
        }

        /// <summary>Names of all type definitions (namespace.name) of an assembly.</summary>
        public static IReadOnlyList<string> TypeDefinitions(byte[] image)
        {
            var result = new List<string>();
            using var pe = new PEReader(new MemoryStream(image));
            MetadataReader reader = pe.GetMetadataReader();
            foreach (TypeDefinitionHandle handle in reader.TypeDefinitions)
            {
                TypeDefinition type = reader.GetTypeDefinition(handle);
                result.Add(FullName(reader, type.Namespace, type.Name));
            }

            return result;
        }

        private static string FullName(MetadataReader reader, StringHandle ns, StringHandle name)
        {
            string namespaceName = reader.GetString(ns);
            return namespaceName.Length == 0 ? reader.GetString(name) : namespaceName + "." + reader.GetString(name);
        }
    }
}
