goto

nowhere