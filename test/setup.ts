// type-graphql reads decorator metadata through the Reflect polyfill.
import "reflect-metadata";
